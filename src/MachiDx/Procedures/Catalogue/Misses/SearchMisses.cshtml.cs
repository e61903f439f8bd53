using MachiDx.Procedures.Catalogue.Search;
using MachiDx.Procedures.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Catalogue.Misses;

[Authorize(Policy = ProceduresPolicies.CatalogueEditor)]
public sealed class SearchMissesModel(ProceduresDbContext db) : PageModel
{
    public IReadOnlyList<SearchMiss> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await db.Set<SearchMiss>().AsNoTracking().OrderByDescending(m => m.Count).ThenByDescending(m => m.LastAtUtc).Take(200).ToListAsync(ct);
}
