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
}
