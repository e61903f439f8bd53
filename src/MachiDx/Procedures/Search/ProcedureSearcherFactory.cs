using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MachiDx.Procedures.Search;

/// <summary>Gives every refreshed searcher the index's similarity.</summary>
internal sealed class ProcedureSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) =>
        new(reader) { Similarity = ProcedureSimilarity.Instance };
}
