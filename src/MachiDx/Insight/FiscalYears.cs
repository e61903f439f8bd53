namespace MachiDx.Insight;

/// <summary>Japanese fiscal years (年度) start on 1 April: April 2026 – March 2027 is 2026年度.</summary>
public static class FiscalYears
{
    public static int Of(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    public static int Current(TimeProvider time) => Of(MachiDx.Platform.JapanTime.Today(time));

    public static DateOnly FirstMonth(int fiscalYear) => new(fiscalYear, 4, 1);

    /// <summary>The months of a fiscal year, April first.</summary>
    public static IEnumerable<DateOnly> Months(int fiscalYear) => Enumerable.Range(0, 12).Select(m => FirstMonth(fiscalYear).AddMonths(m));

    /// <summary>"2026年度（令和8年度）".</summary>
    public static string Label(int fiscalYear) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{fiscalYear}年度（令和{fiscalYear - 2018}年度）");
}
