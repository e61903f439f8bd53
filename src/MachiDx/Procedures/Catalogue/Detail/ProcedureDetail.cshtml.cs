using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Catalogue.Detail;

public sealed class ProcedureDetailModel(ProceduresDbContext db, Forms.FormLibrary forms, TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public CityProcedure Procedure { get; private set; } = null!;

    public bool HasForm => Procedure.IsOnline && Procedure.OnlineVia == "machidx" && forms.Find(Procedure.Code) is not null;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var procedure = await db.CityProcedures.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct);
        if (procedure is null)
        {
            return NotFound();
        }

        Procedure = procedure;
        return Page();
    }
}
