namespace MachiDx.Platform;

/// <summary>Times are stored in UTC and shown in Japan Standard Time.</summary>
public static class JapanTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static DateTime ToJst(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    public static string Format(DateTime utc) =>
        ToJst(utc).ToString("yyyy年M月d日 H:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>24:00 JST at the end of the day <paramref name="days"/> days after <paramref name="utc"/>'s JST date, in UTC.</summary>
    public static DateTime EndOfDayUtc(DateTime utc, int days)
    {
        var date = DateOnly.FromDateTime(ToJst(utc)).AddDays(days + 1);
        return StartOfDayUtc(date);
    }

    /// <summary>00:00 JST of a date, in UTC.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) =>
        DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue).AddHours(-9), DateTimeKind.Utc);
}
