namespace MachiDx.Procedures.Kpi.Report;

/// <summary>
/// オンライン化状況: procedures that can be done online ÷ procedures the city runs (its catalogue), overall and
/// for the national lists the dashboard reports on.
/// </summary>
public sealed record OnlineReadiness(string Label, int OnlineCapable, int Run)
{
    public double? Percent => Run == 0 ? null : Math.Round(100.0 * OnlineCapable / Run, 1, MidpointRounding.AwayFromZero);

    internal static IReadOnlyList<OnlineReadiness> For(IReadOnlyList<(bool Online, List<string> Lists)> procedures) =>
    [
        new("すべての手続き", procedures.Count(p => p.Online), procedures.Count),
        Of("よく使う32手続（このカタログにあるもの）", "frequent-32", procedures),
        Of("子育て・介護26手続", "kosodate-kaigo-26", procedures),
    ];

    private static OnlineReadiness Of(string label, string list, IReadOnlyList<(bool Online, List<string> Lists)> procedures)
    {
        var onList = procedures.Where(p => p.Lists.Contains(list)).ToList();
        return new(label, onList.Count(p => p.Online), onList.Count);
    }
}
