using MachiDx.Platform;
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

/// <summary>Staff record counter, mail, phone (and other-online) cases, see the recent entries and delete a wrong one; all audited.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class CaseListModel(ProceduresDbContext db, CaseRules rules, AuditTrail audit, CurrentActor actor, TenantContext tenant, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    [BindProperty]
    public CaseInput Input { get; set; } = new();

    public IReadOnlyList<ProcedureChoice> Procedures { get; private set; } = [];

    public IReadOnlyList<CaseEntry> Recent { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new CaseInput { Channel = CaseChannel.Counter, Date = JapanTime.Today(time), Count = 1 };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            ModelState.AddErrors(nameof(Input), await rules.CheckAsync(Input, ct));
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var entry = new CaseCount
        {
            Id = Guid.CreateVersion7(),
            ProcedureCode = Input.ProcedureCode!,
            Channel = Input.Channel!,
            Date = Input.Date!.Value,
            Count = Input.Count!.Value,
            Note = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(),
            RecordedById = actor.UserId,
            RecordedByName = actor.Name,
            RecordedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        db.CaseCounts.Add(entry);
        audit.Record(db, "Kpi.CaseRecorded", "CaseCount", entry.Id.ToString(), Details(entry));
        await db.SaveChangesAsync(ct);
        Message = $"{CaseChannel.Label(entry.Channel)}の件数を記録しました。";
        return Redirect($"/{CityCode}/staff/procedures/kpi/cases");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var entry = await db.CaseCounts.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (entry is null)
        {
            return NotFound();
        }

        db.CaseCounts.Remove(entry);
        audit.Record(db, "Kpi.CaseDeleted", "CaseCount", entry.Id.ToString(), Details(entry));
        await db.SaveChangesAsync(ct);
        Message = "記録を削除しました。";
        return Redirect($"/{CityCode}/staff/procedures/kpi/cases");
    }

    internal static object Details(CaseCount c) =>
        new { procedure = c.ProcedureCode, channel = c.Channel, date = c.Date, wholeMonth = c.WholeMonth, count = c.Count, note = c.Note };

    private async Task LoadAsync(CancellationToken ct)
    {
        Procedures = await ProcedureChoice.LoadAsync(db, ct);
        var names = Procedures.ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);
        var rows = await db.CaseCounts.AsNoTracking().OrderByDescending(c => c.RecordedAtUtc).ThenByDescending(c => c.Id).Take(50).ToListAsync(ct);
        Recent = [.. rows.Select(c => new CaseEntry(c.Id, c.ProcedureCode, names.GetValueOrDefault(c.ProcedureCode) ?? c.ProcedureCode, c.Channel, c.Date, c.WholeMonth, c.Count, c.Note, c.RecordedByName, c.RecordedAtUtc))];
    }
}
