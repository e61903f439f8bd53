using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace MachiDx.Procedures.Search;

/// <summary>
/// The in-memory search index of one municipality's procedures. Build it with <see cref="Rebuild"/> from
/// the full catalogue, keep it current with <see cref="Upsert"/> and <see cref="Remove"/>, and call
/// <see cref="Search"/> from any number of threads: readers use a near-real-time searcher that is swapped
/// only after a write completes, so a search never sees a half-rebuilt index.
/// </summary>
public sealed class ProcedureSearchIndex : IDisposable
{
    public const int DefaultMaxResults = 20;

    public const int MaxResults = 100;

    private readonly RAMDirectory directory = new();
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly System.Threading.Lock writeLock = new();
    private volatile ProcedureQueryBuilder queries;

    public ProcedureSearchIndex(SynonymSet synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        queries = new ProcedureQueryBuilder(synonyms);
        var config = new IndexWriterConfig(ProcedureSearchAnalyzer.Version, ProcedureSearchAnalyzer.ForIndexing())
        {
            OpenMode = OpenMode.CREATE,
        };
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    public SynonymSet Synonyms => queries.Synonyms;

    /// <summary>The number of index segments (1 after a rebuild; upserts add small ones).</summary>
    internal int SegmentCount
    {
        get
        {
            var searcher = searchers.Acquire();
            try
            {
                return searcher.IndexReader.Leaves.Count;
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
    }

    /// <summary>The number of procedures searchable now.</summary>
    public int Count
    {
        get
        {
            var searcher = searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
    }

    /// <summary>Replaces the whole index with these documents (a later duplicate code wins).</summary>
    public void Rebuild(IEnumerable<ProcedureSearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var latest = new Dictionary<string, ProcedureSearchDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            latest[document.Code] = document;
        }

        lock (writeLock)
        {
            writer.DeleteAll();
            foreach (var document in latest.Values)
            {
                writer.AddDocument(ToLucene(document));
            }

            // One segment: a catalogue is small, and each extra segment costs every search its own scorers.
            writer.ForceMerge(1);
            writer.Commit();
            searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>Adds the procedure or replaces the one with the same code.</summary>
    public void Upsert(ProcedureSearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (writeLock)
        {
            writer.UpdateDocument(new Term(ProcedureSearchFields.Code, document.Code), ToLucene(document));
            searchers.MaybeRefreshBlocking();
        }
    }

    public void Remove(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        lock (writeLock)
        {
            writer.DeleteDocuments(new Term(ProcedureSearchFields.Code, code));
            searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>Switches to another synonym set (e.g. after staff added a group); no re-indexing needed.</summary>
    public void UseSynonyms(SynonymSet synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        queries = new ProcedureQueryBuilder(synonyms);
    }

    /// <summary>
    /// Ranked procedures for whatever a resident typed. Never throws on odd input: blank, symbol-only and
    /// over-long queries give an empty or cut-down search. <paramref name="max"/> is clamped to 1–100.
    /// </summary>
    public ProcedureSearchResult Search(string? query, int max = DefaultMaxResults)
    {
        var builder = queries;
        var prepared = ProcedureQueryBuilder.Prepare(query);
        var luceneQuery = builder.Build(prepared);
        if (luceneQuery is null)
        {
            return ProcedureSearchResult.None(prepared);
        }

        var searcher = searchers.Acquire();
        try
        {
            // An in-order collector makes Lucene score document at a time instead of with the bulk
            // BooleanScorer, whose 2,048-bucket table was allocated anew on every search (about 100 KB)
            // and made garbage collection the tail of the latency.
            var collector = TopScoreDocCollector.Create(Math.Clamp(max, 1, MaxResults), docsScoredInOrder: true);
            searcher.Search(luceneQuery, collector);
            var top = collector.GetTopDocs();
            var leaves = searcher.IndexReader.Leaves;
            var hits = new ProcedureSearchHit[top.ScoreDocs.Length];
            var bytes = new BytesRef();
            for (var i = 0; i < hits.Length; i++)
            {
                // The code comes from doc values: reading stored fields would decompress a block per hit.
                var leaf = leaves[ReaderUtil.SubIndex(top.ScoreDocs[i].Doc, leaves)];
                leaf.AtomicReader.GetSortedDocValues(ProcedureSearchFields.Code).Get(top.ScoreDocs[i].Doc - leaf.DocBase, bytes);
                hits[i] = new ProcedureSearchHit(bytes.Utf8ToString(), top.ScoreDocs[i].Score);
            }

            return new ProcedureSearchResult(prepared, hits);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
    }

    private static Document ToLucene(ProcedureSearchDocument procedure)
    {
        var document = new Document
        {
            new StringField(ProcedureSearchFields.Code, procedure.Code, Field.Store.NO),
            new SortedDocValuesField(ProcedureSearchFields.Code, new BytesRef(procedure.Code)),
            new TextField(ProcedureSearchFields.Name, procedure.Name ?? string.Empty, Field.Store.NO),
            new TextField(ProcedureSearchFields.Kana, procedure.Kana ?? string.Empty, Field.Store.NO),
            new TextField(ProcedureSearchFields.Summary, procedure.Summary ?? string.Empty, Field.Store.NO),
            new TextField(ProcedureSearchFields.Classification, procedure.Category ?? string.Empty, Field.Store.NO),
            new TextField(ProcedureSearchFields.Classification, procedure.Department ?? string.Empty, Field.Store.NO),
        };
        foreach (var keyword in procedure.Keywords ?? [])
        {
            document.Add(new TextField(ProcedureSearchFields.Keywords, keyword ?? string.Empty, Field.Store.NO));
        }

        return document;
    }
}
