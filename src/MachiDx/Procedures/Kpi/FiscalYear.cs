namespace MachiDx.Procedures.Kpi;

/// <summary>A Japanese fiscal year (年度): April to the following March.</summary>
public readonly record struct FiscalYear(int Year)
{
    public DateOnly FirstMonth => new(Year, 4, 1);

    public DateOnly LastMonth => new(Year + 1, 3, 1);

    public IEnumerable<DateOnly> Months
    {
        get
        {
            var first = FirstMonth;
            return Enumerable.Range(0, 12).Select(first.AddMonths);
        }
    }

    public static FiscalYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);
}
