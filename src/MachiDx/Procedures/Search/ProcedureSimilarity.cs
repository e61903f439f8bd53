using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace MachiDx.Procedures.Search;

/// <summary>
/// Classic TF-IDF with one change: a phrase's idf is the mean of its terms' idf instead of the sum.
/// A word is searched as the phrase of its bigrams, so with the sum 住所変更 (three bigrams) would weigh
/// about three times 転出 (one bigram) for no better reason than its length, and long synonyms would
/// outrank the short word the resident actually typed.
/// </summary>
internal sealed class ProcedureSimilarity : DefaultSimilarity
{
    public static ProcedureSimilarity Instance { get; } = new();

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var sum = base.IdfExplain(collectionStats, termStats);
        if (termStats.Length <= 1)
        {
            return sum;
        }

        var mean = new Explanation(sum.Value / termStats.Length, "idf(), mean over the phrase's terms");
        mean.AddDetail(sum);
        return mean;
    }
}
