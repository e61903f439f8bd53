using System.Collections.Concurrent;

namespace MachiDx.Procedures.Search;

/// <summary>
/// One <see cref="ProcedureSearchIndex"/> per municipality, kept for the life of the process (register as
/// a singleton). The catalogue builds a municipality's index on first use or at start-up with
/// <see cref="Rebuild"/> and, after each change, calls <see cref="ProcedureSearchIndex.Upsert"/> or
/// <see cref="ProcedureSearchIndex.Remove"/> on <see cref="Find"/>'s result.
/// </summary>
public sealed class ProcedureSearchIndexes(SynonymSet nationalSynonyms) : IDisposable
{
    private readonly ConcurrentDictionary<int, ProcedureSearchIndex> indexes = new();

    /// <summary>The synonyms every municipality starts from (synonyms.json).</summary>
    public SynonymSet NationalSynonyms { get; } = nationalSynonyms ?? throw new ArgumentNullException(nameof(nationalSynonyms));

    /// <summary>The municipality's index, or null if it has not been built since the process started.</summary>
    public ProcedureSearchIndex? Find(int municipalityId) => indexes.GetValueOrDefault(municipalityId);

    /// <summary>
    /// Builds (or rebuilds in place) the municipality's index from its full list of adopted procedures,
    /// with the national synonyms plus the municipality's staff-added groups.
    /// </summary>
    public ProcedureSearchIndex Rebuild(
        int municipalityId,
        IEnumerable<ProcedureSearchDocument> documents,
        IEnumerable<IReadOnlyList<string>>? staffSynonymGroups = null)
    {
        var synonyms = NationalSynonyms.With(staffSynonymGroups ?? []);
        var index = indexes.GetOrAdd(municipalityId, _ => new ProcedureSearchIndex(synonyms));
        index.UseSynonyms(synonyms);
        index.Rebuild(documents);
        return index;
    }

    /// <summary>Applies a municipality's edited staff synonym groups to its index, if built.</summary>
    public void UseStaffSynonyms(int municipalityId, IEnumerable<IReadOnlyList<string>> staffSynonymGroups) =>
        Find(municipalityId)?.UseSynonyms(NationalSynonyms.With(staffSynonymGroups));

    public void Dispose()
    {
        foreach (var index in indexes.Values)
        {
            index.Dispose();
        }

        indexes.Clear();
    }
}
