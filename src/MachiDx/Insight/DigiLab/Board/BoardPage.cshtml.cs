using MachiDx.Insight.Data;
using MachiDx.Insight.DigiLab.Request;
using MachiDx.Insight.Shared;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.DigiLab.Board;

/// <summary>The DigiLab desk's kanban board: every request by status (受付 → 検討中 → 開発中 → 稼働中, or 見送り).</summary>
[Authorize(Policy = InsightPolicies.Staff)]
public sealed class BoardPageModel(InsightDbContext db, TenantContext tenant, StaffDirectory directory, CurrentActor actor, TimeProvider time)
    : InsightPage(tenant, directory, actor, time)
{
    public IReadOnlyList<DigiLabRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadContextAsync(ct);
        Requests = await db.Requests.AsNoTracking().Include(r => r.Usage).OrderBy(r => r.Number).ToListAsync(ct);
    }
}
