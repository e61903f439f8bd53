using MachiDx.Insight.Data;
using MachiDx.Insight.Shared;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.DigiLab.Candidates;

/// <summary>The ranked backlog of automation candidates from one fiscal year's inventory.</summary>
[Authorize(Policy = InsightPolicies.Staff)]
public sealed class CandidatesPageModel(InsightDbContext db, TenantContext tenant, StaffDirectory directory, CurrentActor actor, TimeProvider time)
    : InsightPage(tenant, directory, actor, time)
{
    [BindProperty(SupportsGet = true, Name = "fy")]
    public int? Year { get; set; }

    public int FiscalYear => Year ?? CurrentFiscalYear;

    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadContextAsync(ct);
        var fy = FiscalYear;
        Candidates = AutomationScoring.Rank(await db.Tasks.AsNoTracking().Where(t => t.FiscalYear == fy).ToListAsync(ct));
    }
}
