namespace MachiDx.Insight.Workload;

/// <summary>
/// National reference figures, as cited by the three cities' policy proposal (seed, /work/shared/seed/SUMMARY.md) and
/// labelled with what they measure (reference insight.md §4.5):
/// <list type="bullet">
/// <item>overtime per staff member per year in local government — 総務省「地方公共団体の勤務条件等に関する調査結果」,
/// 平成30年・令和元年・令和2年: 127.8 / 134.5 / 119.3 h;</item>
/// <item>paid-leave days taken per worker per year — 厚生労働省「就労条件総合調査」, which surveys <b>private companies</b>
/// (not local government); the seed's years (令和元年・2年・3年: 9.4 / 10.1 / 10.1 days) are the survey years, each
/// reporting the previous year's leave.</item>
/// </list>
/// The 2023 municipal averages come from a secondary source and are marked 未確認; they are never the headline.
/// </summary>
public static class NationalFigures
{
    /// <param name="Year">The year the seed gives the figure (overtime: 対象年度; leave: 調査年).</param>
    /// <param name="Comparator">Who the figure describes, short, for column headings ("全国の地方公共団体").</param>
    /// <param name="Source">The full citation shown next to the figure.</param>
    public sealed record Figure(int Year, double Value, string Comparator, string Source, bool Verified)
    {
        /// <summary>"全国の民間企業 10.1日（厚生労働省「就労条件総合調査」令和3年調査…）" style label without the unit.</summary>
        public string Label => Comparator + "：" + Source;
    }

    public const string OvertimeComparator = "全国の地方公共団体";

    public const string LeaveComparator = "全国の民間企業";

    public static readonly IReadOnlyList<Figure> OvertimeHoursPerYear =
    [
        new(2018, 127.8, OvertimeComparator, "総務省「地方公共団体の勤務条件等に関する調査結果」平成30年（職員1人あたり年間、政策提言の引用）", true),
        new(2019, 134.5, OvertimeComparator, "総務省「地方公共団体の勤務条件等に関する調査結果」令和元年（職員1人あたり年間、政策提言の引用）", true),
        new(2020, 119.3, OvertimeComparator, "総務省「地方公共団体の勤務条件等に関する調査結果」令和2年（職員1人あたり年間、政策提言の引用）", true),
        new(2023, 130.0, "全国の市区町村", "市区町村平均（2023年度、二次資料・未確認）", false),
    ];

    public static readonly IReadOnlyList<Figure> PaidLeaveDaysPerYear =
    [
        new(2019, 9.4, LeaveComparator, "厚生労働省「就労条件総合調査」令和元年調査（民間企業の労働者1人平均、前年1年間の取得日数。地方公務員の値ではありません。政策提言の引用）", true),
        new(2020, 10.1, LeaveComparator, "厚生労働省「就労条件総合調査」令和2年調査（民間企業の労働者1人平均、前年1年間の取得日数。地方公務員の値ではありません。政策提言の引用）", true),
        new(2021, 10.1, LeaveComparator, "厚生労働省「就労条件総合調査」令和3年調査（民間企業の労働者1人平均、前年1年間の取得日数。地方公務員の値ではありません。政策提言の引用）", true),
        new(2023, 13.4, "全国の市区町村", "市区町村平均（2023年、二次資料・未確認）", false),
    ];

    /// <summary>
    /// The latest verified (seed) figure at or before the year, or the earliest one, for the one-line comparison; the
    /// unverified secondary figures appear only in the trend table, labelled as such.
    /// </summary>
    public static Figure Nearest(IReadOnlyList<Figure> figures, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.LastOrDefault(f => f.Verified && f.Year <= fiscalYear) ?? figures[0];
    }
}
