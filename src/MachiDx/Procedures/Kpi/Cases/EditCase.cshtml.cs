using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using MachiDx.Procedures.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Kpi.Cases;

/// <summary>Corrects a recorded entry; the audit log keeps what it was before.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class EditCaseModel(ProceduresDbContext db, CaseRules rules, AuditTrail audit, TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    [BindProperty]
    public CaseInput Input { get; set; } = new();

    public IReadOnlyList<ProcedureChoice> Procedures { get; private set; } = [];

    public bool WholeMonth { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var entry = await db.CaseCounts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (entry is null)
        {
            return NotFound();
        }

        Input = new CaseInput { ProcedureCode = entry.ProcedureCode, Channel = entry.Channel, Date = entry.Date, Count = entry.Count, Note = entry.Note };
        WholeMonth = entry.WholeMonth;
        Procedures = await ProcedureChoice.LoadAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var entry = await db.CaseCounts.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (entry is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            ModelState.AddErrors(nameof(Input), await rules.CheckAsync(Input, ct));
        }

        if (!ModelState.IsValid)
        {
            WholeMonth = entry.WholeMonth;
            Procedures = await ProcedureChoice.LoadAsync(db, ct);
            return Page();
        }

        var before = CaseListModel.Details(entry);
        entry.ProcedureCode = Input.ProcedureCode!;
        entry.Channel = Input.Channel!;
        entry.Date = entry.WholeMonth ? new DateOnly(Input.Date!.Value.Year, Input.Date.Value.Month, 1) : Input.Date!.Value;
        entry.Count = Input.Count!.Value;
        entry.Note = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim();
        audit.Record(db, "Kpi.CaseCorrected", "CaseCount", entry.Id.ToString(), new { before, after = CaseListModel.Details(entry) });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "記録を訂正しました。";
        return Redirect($"/{CityCode}/staff/procedures/kpi/cases");
    }
}
