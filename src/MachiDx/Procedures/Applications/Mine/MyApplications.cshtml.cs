using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Applications.Mine;

/// <summary>申請状況: the signed-in resident's own applications and drafts, nobody else's.</summary>
[Authorize(Policy = Policies.Resident)]
public sealed class MyApplicationsModel(ProceduresDbContext db, FormLibrary forms, TenantContext tenant, CurrentActor actor) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<Application> Rows { get; private set; } = [];

    public IReadOnlyList<(string Code, string Title, DateTime UpdatedAtUtc)> Drafts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = actor.UserId;
        Rows = await db.Applications.AsNoTracking().Where(a => a.ApplicantId == me).OrderByDescending(a => a.SubmittedAtUtc).ToListAsync(ct);
        Drafts = [.. (await db.ApplicationDrafts.AsNoTracking().Where(d => d.UserId == me).ToListAsync(ct))
            .Select(d => (d.ProcedureCode, forms.Find(d.ProcedureCode)?.Title ?? d.ProcedureCode, d.UpdatedAtUtc))];
    }
}
