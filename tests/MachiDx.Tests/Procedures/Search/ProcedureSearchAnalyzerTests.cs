using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using MachiDx.Procedures.Search;

namespace MachiDx.Tests.Procedures.Search;

public sealed class ProcedureSearchAnalyzerTests
{
    [Fact]
    public void The_index_side_keeps_single_characters_and_bigrams_at_consecutive_positions()
    {
        var tokens = Analyze(ProcedureSearchAnalyzer.ForIndexing(), "犬の登録");

        Assert.Equal(["犬@0", "犬の@0", "の@1", "の登@1", "登@2", "登録@2", "録@3"], tokens);
    }

    [Fact]
    public void The_query_side_uses_bigrams_only()
    {
        Assert.Equal(["転入@0"], Analyze(ProcedureSearchAnalyzer.ForQueries(), "転入"));
        Assert.Equal(["じゅ@0", "ゅう@1", "うみ@2", "みん@3"], Analyze(ProcedureSearchAnalyzer.ForQueries(), "ジュウミン"));
    }

    [Fact]
    public void A_lone_character_is_a_unigram_on_the_query_side()
    {
        Assert.Equal(["犬@0"], Analyze(ProcedureSearchAnalyzer.ForQueries(), "犬"));
    }

    [Fact]
    public void Text_is_normalised_before_tokenizing()
    {
        Assert.Equal(
            Analyze(ProcedureSearchAnalyzer.ForIndexing(), "粗大ごみ"),
            Analyze(ProcedureSearchAnalyzer.ForIndexing(), "粗大ｺﾞﾐ"));
    }

    [Fact]
    public void Latin_words_and_numbers_stay_whole_and_lower_case()
    {
        Assert.Equal(["eltax@0", "65@1", "歳@2"], Analyze(ProcedureSearchAnalyzer.ForQueries(), "ＥＬＴＡＸ 65歳"));
    }

    [Fact]
    public void Punctuation_alone_gives_no_tokens()
    {
        Assert.Empty(Analyze(ProcedureSearchAnalyzer.ForQueries(), "!?\"*:()[]{}~^\\/ 「」、。"));
    }

    private static List<string> Analyze(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("name", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add($"{term}@{position}");
        }

        stream.End();
        return tokens;
    }
}
