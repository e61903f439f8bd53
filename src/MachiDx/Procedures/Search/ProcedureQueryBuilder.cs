using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MachiDx.Procedures.Search;

/// <summary>
/// Turns what a resident typed into a Lucene query built clause by clause, never through a query parser,
/// so no character of the input is syntax. Each space-separated word becomes one optional clause (a
/// document matching more words ranks higher): per field, all of the word's bigrams (one term for a
/// one- or two-character word), for long words also a looser "most bigrams" match, and the best
/// matching of its synonyms at a lower weight.
/// </summary>
internal sealed class ProcedureQueryBuilder(SynonymSet synonyms)
{
    /// <summary>Longer input is cut: no procedure name needs more, and it bounds the work per query.</summary>
    public const int MaxQueryLength = 64;

    public const int MaxWords = 8;

    private const int MaxAlternativesPerWord = 24;

    private const float SynonymWeight = 0.6f;

    /// <summary>How much the other matching synonyms add to the best one.</summary>
    private const float SynonymTieBreaker = 0.1f;

    private const float LooseMatchWeight = 0.5f;

    /// <summary>Below this many bigrams a word is short enough that only a match of all of them is meaningful.</summary>
    private const int LooseMatchMinTokens = 4;

    private readonly Analyzer analyzer = ProcedureSearchAnalyzer.ForQueries();

    public SynonymSet Synonyms { get; } = synonyms;

    /// <summary>Normalises the raw input and cuts it to <see cref="MaxQueryLength"/> characters.</summary>
    public static string Prepare(string? rawQuery)
    {
        if (rawQuery is null)
        {
            return string.Empty;
        }

        // Cut before normalising too, so a megabyte of input costs no more than a short query.
        var head = rawQuery.Length > MaxQueryLength * 4 ? rawQuery[..(MaxQueryLength * 4)] : rawQuery;
        var normalized = JapaneseTextNormalizer.Normalize(head);
        if (normalized.Length <= MaxQueryLength)
        {
            return normalized;
        }

        var cut = char.IsHighSurrogate(normalized[MaxQueryLength - 1]) ? MaxQueryLength - 1 : MaxQueryLength;
        return normalized[..cut].TrimEnd();
    }

    /// <summary>The query for already prepared text, or null when it holds nothing searchable.</summary>
    public Query? Build(string preparedQuery)
    {
        var words = preparedQuery.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(SplitAtScriptChanges)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxWords);
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            var clause = BuildWord(word);
            if (clause is not null)
            {
                query.Add(clause, Occur.SHOULD);
            }
        }

        return query.Clauses.Count switch
        {
            0 => null,
            1 => query.Clauses[0].Query,
            _ => query,
        };
    }

    /// <summary>
    /// Japanese is written without spaces but next to Latin letters, digits and symbols without them too
    /// (「web申請」, 「name:住民票」); a word must match with all its bigrams, so the Japanese part and the
    /// rest are searched as separate words.
    /// </summary>
    private static IEnumerable<string> SplitAtScriptChanges(string word)
    {
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || IsJapanese(word[i]) != IsJapanese(word[i - 1]))
            {
                yield return word[start..i];
                start = i;
            }
        }
    }

    private static bool IsJapanese(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or '\u3005' or '\u3006'
        || char.IsSurrogate(c);

    private BooleanQuery? BuildWord(string word)
    {
        var clause = new BooleanQuery(disableCoord: true);
        var tokens = Tokens(word);
        AddMatches(clause, ProcedureSearchFields.Searched, tokens, weight: 1.0f, loose: tokens.Count >= LooseMatchMinTokens);

        var alternatives = Synonyms.FindIn(word)
            .SelectMany(match => match.Alternatives)
            .Where(alternative => alternative != word)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxAlternativesPerWord);
        // The best-matching synonym counts, not their sum: a procedure whose keywords list five words of
        // the 引っ越し group must not outrank the one whose name is the word the resident typed.
        var bestSynonym = new DisjunctionMaxQuery(SynonymTieBreaker);
        foreach (var alternative in alternatives)
        {
            var synonym = new BooleanQuery(disableCoord: true);
            AddMatches(synonym, ProcedureSearchFields.SearchedForSynonyms, Tokens(alternative), SynonymWeight, loose: false);
            if (synonym.Clauses.Count > 0)
            {
                bestSynonym.Add(synonym);
            }
        }

        if (bestSynonym.Disjuncts.Count > 0)
        {
            clause.Add(bestSynonym, Occur.SHOULD);
        }

        return clause.Clauses.Count == 0 ? null : clause;
    }

    private static void AddMatches(
        BooleanQuery target,
        IReadOnlyList<(string Field, float Boost)> fields,
        IReadOnlyList<string> tokens,
        float weight,
        bool loose)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        foreach (var (field, boost) in fields)
        {
            target.Add(AllBigrams(field, tokens, boost * weight), Occur.SHOULD);
            if (loose)
            {
                var most = new BooleanQuery(disableCoord: true)
                {
                    MinimumNumberShouldMatch = (int)Math.Ceiling(tokens.Count * 0.6),
                    Boost = boost * weight * LooseMatchWeight,
                };
                foreach (var term in tokens.Distinct(StringComparer.Ordinal))
                {
                    most.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
                }

                target.Add(most, Occur.SHOULD);
            }
        }
    }

    /// <summary>
    /// All of the word's bigrams in the field. Not a phrase query: in names, readings and keywords the
    /// bigrams of a word practically never all occur without the word itself, and Lucene's exact-phrase
    /// scorer allocates 32 KB per field per search, which made garbage collection the tail latency.
    /// The boost is divided among the terms so a word's weight does not grow with its length (otherwise
    /// 住所変更, three bigrams, would outweigh 転出, one).
    /// </summary>
    private static Query AllBigrams(string field, IReadOnlyList<string> tokens, float boost)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0])) { Boost = boost };
        }

        var terms = tokens.Distinct(StringComparer.Ordinal).ToArray();
        var all = new BooleanQuery(disableCoord: true) { Boost = boost / terms.Length };
        foreach (var term in terms)
        {
            all.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        }

        return all;
    }

    private List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(ProcedureSearchFields.Name, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
