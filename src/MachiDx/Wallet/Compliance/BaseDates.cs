using MachiDx.Platform;

namespace MachiDx.Wallet.Compliance;

/// <summary>
/// 基準日 (資金決済法: 3月31日 and 9月30日) and the dates that follow from them: the as-of instant (24:00 JST at the
/// end of the base date), the report due date (end of the second month after) and the 基準期間 between two base dates.
/// </summary>
public static class BaseDates
{
    /// <summary>True for 31 March and 30 September.</summary>
    public static bool IsBaseDate(DateOnly date) => (date.Month, date.Day) is (3, 31) or (9, 30);

    /// <summary>24:00 JST at the end of <paramref name="baseDate"/>, in UTC: value moved at or after it belongs to the next period.</summary>
    public static DateTime AsOfUtc(DateOnly baseDate) => JapanTime.StartOfDayUtc(baseDate.AddDays(1));

    /// <summary>An instant as a ledger timestamp (nanoseconds since the Unix epoch).</summary>
    public static long ToLedgerTimestamp(DateTime utc) =>
        checked((DateTime.SpecifyKind(utc, DateTimeKind.Utc) - DateTime.UnixEpoch).Ticks * 100);

    /// <summary>報告書の提出期限: the last day of the second month after the base date (3/31 → 5/31, 9/30 → 11/30).</summary>
    public static DateOnly ReportDue(DateOnly baseDate) => new DateOnly(baseDate.Year, baseDate.Month, 1).AddMonths(3).AddDays(-1);

    /// <summary>The latest base date whose end (24:00 JST) is at or before <paramref name="nowUtc"/>.</summary>
    public static DateOnly LatestPassed(DateTime nowUtc) => Before(DateOnly.FromDateTime(JapanTime.ToJst(nowUtc)));

    /// <summary>The first base date on or after <paramref name="date"/>.</summary>
    public static DateOnly Next(DateOnly date)
    {
        var march = new DateOnly(date.Year, 3, 31);
        var september = new DateOnly(date.Year, 9, 30);
        return date <= march ? march : date <= september ? september : new DateOnly(date.Year + 1, 3, 31);
    }

    /// <summary>The last base date strictly before <paramref name="date"/>.</summary>
    public static DateOnly Before(DateOnly date)
    {
        var march = new DateOnly(date.Year, 3, 31);
        var september = new DateOnly(date.Year, 9, 30);
        return date > september ? september : date > march ? march : new DateOnly(date.Year - 1, 9, 30);
    }

    /// <summary>The 基準期間 containing the JST date <paramref name="date"/>: from the day after one base date to the next base date.</summary>
    public static (DateOnly First, DateOnly BaseDate) PeriodOf(DateOnly date)
    {
        var end = Next(date);
        return (Before(end).AddDays(1), end);
    }
}
