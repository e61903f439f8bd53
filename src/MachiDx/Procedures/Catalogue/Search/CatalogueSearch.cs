using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Search;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Catalogue.Search;

/// <summary>
/// Searches the bound city's catalogue through its in-memory Lucene index (built from the database on
/// first use and rebuilt after a catalogue or synonym change on this node), with the national synonyms plus the
/// city's own, and records queries that found nothing.
/// </summary>
public sealed class CatalogueSearch(ProceduresDbContext db, ProcedureSearchIndexes indexes, TenantContext tenant, TimeProvider time)
{
    private static readonly SemaphoreSlim BuildGate = new(1, 1);

    public async Task<IReadOnlyList<SearchHitView>> SearchAsync(string? query, CancellationToken ct)
    {
        var index = await IndexAsync(ct);
        var result = index.Search(query, 30);
        if (result.IsEmptyResult && !result.WasBlank)
        {
            await RecordMissAsync(result.NormalizedQuery, ct);
            return [];
        }

        var codes = result.Hits.Select(h => h.Code).ToList();
        var procedures = await db.CityProcedures.AsNoTracking().Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, ct);
        return [.. result.Hits.Where(h => procedures.ContainsKey(h.Code)).Select(h => new SearchHitView(procedures[h.Code]))];
    }

    /// <summary>Rebuilds the city's index from the database (after staff change the catalogue).</summary>
    public async Task RebuildAsync(CancellationToken ct)
    {
        var documents = (await db.CityProcedures.AsNoTracking().ToListAsync(ct)).Select(ToDocument).ToList();
        var staffGroups = (await db.Set<Synonyms.StaffSynonymGroup>().AsNoTracking().Select(g => g.Terms).ToListAsync(ct))
            .Select(t => (IReadOnlyList<string>)t).ToList();
        indexes.Rebuild(tenant.Required.Id, documents, staffGroups);
    }

    private async Task<ProcedureSearchIndex> IndexAsync(CancellationToken ct)
    {
        if (indexes.Find(tenant.Required.Id) is { } index)
        {
            return index;
        }

        await BuildGate.WaitAsync(ct);
        try
        {
            if (indexes.Find(tenant.Required.Id) is not { } built)
            {
                await RebuildAsync(ct);
                built = indexes.Find(tenant.Required.Id)!;
            }

            return built;
        }
        finally
        {
            BuildGate.Release();
        }
    }

    private async Task RecordMissAsync(string normalized, CancellationToken ct)
    {
        var query = normalized.Length > 100 ? normalized[..100] : normalized;
        var miss = await db.Set<SearchMiss>().SingleOrDefaultAsync(m => m.Query == query, ct);
        if (miss is null)
        {
            db.Set<SearchMiss>().Add(new SearchMiss { Id = Guid.CreateVersion7(), Query = query, Count = 1, LastAtUtc = time.GetUtcNow().UtcDateTime });
        }
        else
        {
            miss.Count++;
            miss.LastAtUtc = time.GetUtcNow().UtcDateTime;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two identical misses at once: one count is lost, which is acceptable for this statistic.
            db.ChangeTracker.Clear();
        }
    }

    private static ProcedureSearchDocument ToDocument(CityProcedure p) =>
        new(p.Code, p.Name, p.Kana, p.Summary, p.Keywords, p.Category, p.Department, p.Channels, p.LifeEvents);
}

public sealed record SearchHitView(CityProcedure Procedure);
