using System.Diagnostics;
using System.Text;
using MachiDx.Procedures.Search;

namespace MachiDx.Tests.Procedures.Search;

/// <summary>Whatever a resident (or a bot) types, search answers quickly and never throws.</summary>
public sealed class HostileQueryTests(NationalIndexFixture national) : IClassFixture<NationalIndexFixture>
{
    private readonly ProcedureSearchIndex index = national.Index;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n\u3000")]
    [InlineData("!!!")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("\"")]
    [InlineData("\\")]
    [InlineData("~^:()[]{}+-&&||")]
    [InlineData("「」、。・…")]
    public void Blank_and_symbol_only_queries_find_nothing(string? query)
    {
        var result = index.Search(query);

        Assert.True(result.IsEmptyResult);
    }

    [Theory]
    [InlineData("name:住民票")]
    [InlineData("住民票 AND code:tennyu")]
    [InlineData("住民票~2")]
    [InlineData("住民票^100")]
    [InlineData("(住民票")]
    [InlineData("\"住民票")]
    [InlineData("住民票*")]
    [InlineData("{住民票}")]
    [InlineData("住民票'; DROP TABLE procedures; --")]
    [InlineData("<script>alert('住民票')</script>")]
    public void Query_syntax_is_plain_text(string query)
    {
        var result = index.Search(query, 3);

        Assert.Equal("juminhyo-copy", result.Hits[0].Code);
    }

    [Fact]
    public void A_megabyte_of_input_is_cut_and_answered_quickly()
    {
        var huge = string.Concat(Enumerable.Repeat("住民票 ごみ 引っ越し ", 60_000));
        var watch = Stopwatch.StartNew();

        var result = index.Search(huge);

        Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
        Assert.True(result.NormalizedQuery.Length <= ProcedureQueryBuilder.MaxQueryLength);
        Assert.False(result.IsEmptyResult);
    }

    [Fact]
    public void A_single_word_of_the_maximum_length_is_searched_without_error()
    {
        var result = index.Search(new string('あ', 10_000));

        Assert.Equal(ProcedureQueryBuilder.MaxQueryLength, result.NormalizedQuery.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(int.MaxValue)]
    public void The_result_count_is_clamped(int max)
    {
        var result = index.Search("ごみ", max);

        Assert.InRange(result.Hits.Count, 1, ProcedureSearchIndex.MaxResults);
    }

    [Fact]
    public void Random_unicode_never_throws()
    {
        const int seed = 20261126;
        var random = new Random(seed);
        for (var i = 0; i < 2_000; i++)
        {
            var text = RandomText(random, random.Next(0, 200));
            var exception = Record.Exception(() => index.Search(text));
            Assert.True(exception is null, $"seed {seed}, case {i}: {exception}");
        }
    }

    [Fact]
    public void The_empty_index_answers_with_no_hits()
    {
        using var empty = new ProcedureSearchIndex(SynonymSet.Empty);

        Assert.True(empty.Search("住民票").IsEmptyResult);
    }

    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(6) switch
            {
                0 => (char)random.Next(0x3040, 0x30FF),
                1 => (char)random.Next(0x4E00, 0x9FFF),
                2 => (char)random.Next(0x20, 0x7F),
                3 => (char)random.Next(0xD800, 0xE000),
                4 => (char)random.Next(0xFF00, 0xFFFF),
                _ => (char)random.Next(0, 0x10000),
            });
        }

        return builder.ToString();
    }
}
