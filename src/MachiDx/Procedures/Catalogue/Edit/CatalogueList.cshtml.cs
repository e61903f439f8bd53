using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Catalogue.Edit;

/// <summary>The city's catalogue for its editors (DX推進, tenant administrator): every procedure with a link to edit it.</summary>
[Authorize(Policy = ProceduresPolicies.CatalogueEditor)]
public sealed class CatalogueListModel(ProceduresDbContext db, TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<CityProcedure> Procedures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Procedures = await db.CityProcedures.AsNoTracking().OrderBy(p => p.Category).ThenBy(p => p.Kana).ToListAsync(ct);
}
