using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.LifeEvents.Edit;

/// <summary>The life-event guides for their editors (DX推進, tenant administrator): national or the city's own version, with a link to edit each.</summary>
[Authorize(Policy = ProceduresPolicies.CatalogueEditor)]
public sealed class GuideListModel(GuideLibrary library, ProceduresDbContext db, TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<GuideGraph> National => library.Graphs;

    public IReadOnlyDictionary<string, CityGuide> Own { get; private set; } = new Dictionary<string, CityGuide>();

    public async Task OnGetAsync(CancellationToken ct) =>
        Own = await db.CityGuides.AsNoTracking().ToDictionaryAsync(g => g.Code, StringComparer.Ordinal, ct);
}
