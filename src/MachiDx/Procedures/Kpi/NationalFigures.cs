namespace MachiDx.Procedures.Kpi;

/// <summary>
/// National online-usage rates (FY2020, 政府CIOポータル, as cited in the policy proposal) for the four groups
/// the catalogue links procedures to through <c>KpiGroup</c>.
/// </summary>
public static class NationalFigures
{
    public const string Source = "2020年度、政府CIOポータル";

    private static readonly Dictionary<string, (string Label, double Rate)> Groups = new(StringComparer.Ordinal)
    {
        ["library"] = ("図書館の図書貸出予約等", 73.7),
        ["facility"] = ("文化・スポーツ施設等の利用予約等", 58.2),
        ["water"] = ("水道使用開始届等", 10.8),
        ["bulky-waste"] = ("粗大ごみ収集の申込", 19.8),
    };

    /// <summary>The national rate (%) for a catalogue KPI group, or null when none is published.</summary>
    public static double? RateFor(string? group) => group is not null && Groups.TryGetValue(group, out var g) ? g.Rate : null;

    public static string? LabelFor(string? group) => group is not null && Groups.TryGetValue(group, out var g) ? g.Label : null;
}
