using MachiDx.Procedures.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.LifeEvents;

/// <summary>The guide graphs the current city's residents get: the city's own version where it has one, otherwise the national graph.</summary>
public sealed class CityGuides(GuideLibrary library, ProceduresDbContext db)
{
    public async Task<GuideGraph?> FindAsync(string code, CancellationToken ct)
    {
        if (library.Find(code) is not { } national)
        {
            return null;
        }

        var json = await db.CityGuides.AsNoTracking().Where(g => g.Code == code && g.GraphJson != null).Select(g => g.GraphJson).SingleOrDefaultAsync(ct);
        return json is null ? national : GuideGraph.Parse(json);
    }

    public async Task<IReadOnlyList<GuideGraph>> AllAsync(CancellationToken ct)
    {
        var own = await db.CityGuides.AsNoTracking().Where(g => g.GraphJson != null)
            .ToDictionaryAsync(g => g.Code, g => g.GraphJson!, StringComparer.Ordinal, ct);
        return [.. library.Graphs.Select(g => own.TryGetValue(g.Code, out var json) ? GuideGraph.Parse(json) : g)];
    }
}
