using System.Globalization;

namespace MachiDx.Personnel.Seasons;

/// <summary>Japanese labels and date formats shared by the season pages.</summary>
public static class SeasonText
{
    public static string Phase(SeasonPhase phase) => phase switch
    {
        SeasonPhase.Nominating => "推薦受付中",
        SeasonPhase.Drafting => "指名会議中",
        SeasonPhase.Completed => "結果確定",
        _ => "結果公表済み",
    };

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string Hours(double hours) => hours.ToString("0.0", CultureInfo.InvariantCulture);
}
