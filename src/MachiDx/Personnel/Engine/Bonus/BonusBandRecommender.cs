namespace MachiDx.Personnel.Engine.Bonus;

/// <summary>
/// Recommends a 勤勉手当 成績区分 for FA results within the city's quotas (default after 高梁市's rule:
/// 特に優秀 107% ≤ 5%, 特に優秀+優秀 ≤ 25%, then 良好 100%, 良好でない 97%, 特に良好でない 93%).
/// It is a recommendation for the 任命権者; it neither decides nor pays. Scores are 1.0–5.0.
/// </summary>
public static class BonusBandRecommender
{
    public static IReadOnlyDictionary<T, string> Recommend<T>(IReadOnlyList<(T Key, double Score)> scored, double topShare = 0.05, double topTwoShare = 0.25)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(scored);
        var topLimit = (int)Math.Floor(scored.Count * topShare);
        var topTwoLimit = (int)Math.Floor(scored.Count * topTwoShare);
        var result = new Dictionary<T, string>();
        var rank = 0;
        foreach (var (key, score) in scored.OrderByDescending(s => s.Score))
        {
            result[key] = score switch
            {
                >= 4.5 when rank < topLimit => "特に優秀（107%）",
                >= 4.0 when rank < topTwoLimit => "優秀（103%）",
                >= 2.5 => "良好（100%）",
                >= 1.5 => "良好でない（97%）",
                _ => "特に良好でない（93%）",
            };
            rank++;
        }

        return result;
    }
}
