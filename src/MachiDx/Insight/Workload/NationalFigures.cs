namespace MachiDx.Insight.Workload;

/// <summary>
/// National reference figures, as cited by the three cities' policy proposal (seed): overtime per staff member per
/// year (総務省) and paid-leave days taken per staff member per year (厚生労働省). The later municipal figures come
/// from a secondary source and are marked 未確認 on the pages.
/// </summary>
public static class NationalFigures
{
    public sealed record Figure(int FiscalYear, double Value, string Source, bool Verified);

    public static readonly IReadOnlyList<Figure> OvertimeHoursPerYear =
    [
        new(2018, 127.8, "総務省（政策提言の引用、平成30年度）", true),
        new(2019, 134.5, "総務省（政策提言の引用、令和元年度）", true),
        new(2020, 119.3, "総務省（政策提言の引用、令和2年度）", true),
        new(2023, 130.0, "市区町村平均・二次資料（未確認）", false),
    ];

    public static readonly IReadOnlyList<Figure> PaidLeaveDaysPerYear =
    [
        new(2019, 9.4, "厚生労働省（政策提言の引用、令和元年）", true),
        new(2020, 10.1, "厚生労働省（政策提言の引用、令和2年）", true),
        new(2021, 10.1, "厚生労働省（政策提言の引用、令和3年）", true),
        new(2023, 13.4, "市区町村平均・二次資料（未確認）", false),
    ];

    /// <summary>
    /// The latest verified (seed) figure at or before the year, or the earliest one, for the one-line comparison; the
    /// unverified secondary figures appear only in the trend table, labelled as such.
    /// </summary>
    public static Figure Nearest(IReadOnlyList<Figure> figures, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.LastOrDefault(f => f.Verified && f.FiscalYear <= fiscalYear) ?? figures[0];
    }
}
