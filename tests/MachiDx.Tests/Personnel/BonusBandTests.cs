using MachiDx.Personnel.Engine.Bonus;

namespace MachiDx.Tests.Personnel;

/// <summary>Recommended 勤勉手当 成績区分 stay within the quotas (top ≤ 5%, top two ≤ 25%).</summary>
public sealed class BonusBandTests
{
    [Fact]
    public void Top_bands_respect_their_quotas_even_when_everyone_scores_high()
    {
        var scored = Enumerable.Range(0, 40).Select(i => (i, 5.0 - (i * 0.01))).ToList();
        var bands = BonusBandRecommender.Recommend(scored);
        Assert.Equal(2, bands.Values.Count(b => b.StartsWith("特に優秀", StringComparison.Ordinal)));
        Assert.Equal(10, bands.Values.Count(b => b.StartsWith("特に優秀", StringComparison.Ordinal) || b.StartsWith("優秀", StringComparison.Ordinal)));
        Assert.Equal("特に優秀（107%）", bands[0]);
        Assert.Equal("良好（100%）", bands[39]);
    }

    [Fact]
    public void Low_scores_get_the_lower_bands_and_a_small_group_gets_no_top_band()
    {
        var bands = BonusBandRecommender.Recommend([("a", 4.9), ("b", 2.0), ("c", 1.0)]);
        Assert.Equal("良好（100%）", bands["a"]); // 5% and 25% of 3 people round down to 0
        Assert.Equal("良好でない（97%）", bands["b"]);
        Assert.Equal("特に良好でない（93%）", bands["c"]);
    }
}
