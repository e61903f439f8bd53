using MachiDx.Procedures.Search;

namespace MachiDx.Tests.Procedures.Search;

public sealed class SynonymSetTests
{
    [Fact]
    public void Words_are_compared_in_normalised_form()
    {
        var set = SynonymSet.Create([["ゴミ", "粗大"]]);

        Assert.Equal(["粗大"], set.AlternativesOf("ごみ"));
    }

    [Fact]
    public void The_longest_word_wins_from_left_to_right()
    {
        var set = SynonymSet.Create([["子ども", "児童"], ["子ども手当", "児童手当"], ["ほしい", "欲しい"]]);

        var matches = set.FindIn("子ども手当がほしい");

        Assert.Equal(["子ども手当", "ほしい"], matches.Select(match => match.Word));
        Assert.Equal(["児童手当"], matches[0].Alternatives);
    }

    [Fact]
    public void Groups_sharing_a_word_merge()
    {
        var set = SynonymSet.Create([["引っ越し", "転居", "転入"], ["ひっこし", "引っ越し"]]);

        Assert.Equal(new HashSet<string> { "引っ越し", "転居", "転入" }, set.AlternativesOf("ひっこし").ToHashSet());
        Assert.Contains("ひっこし", set.AlternativesOf("転居"));
        Assert.Single(set.Groups);
    }

    [Fact]
    public void Staff_groups_with_blank_duplicate_or_over_long_words_are_cleaned()
    {
        var set = SynonymSet.Empty.With(
        [
            ["", "  ", "犬"],
            ["ねこ", "ネコ", "猫", new string('猫', SynonymSet.MaxWordLength + 1)],
            null!,
        ]);

        Assert.Equal([["ねこ", "猫"]], set.Groups);
    }

    [Fact]
    public void The_national_file_loads()
    {
        Assert.True(CatalogueFiles.Synonyms.Groups.Count > 50);
        Assert.Contains("転居", CatalogueFiles.Synonyms.AlternativesOf("引っ越し"));
        Assert.Contains("ごみ", CatalogueFiles.Synonyms.AlternativesOf("粗大"));
    }
}
