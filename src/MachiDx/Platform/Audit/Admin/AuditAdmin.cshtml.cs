using MachiDx.Platform.Identity;
using MachiDx.Platform.Jobs;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Platform.Audit.Admin;

[Authorize(Policy = Policies.TenantAdmin)]
public sealed class AuditAdminModel(
    AuditVerifier verifier, IEnumerable<IAuditChainSource> sources, TenantContext tenant,
    JobRunner jobs, CurrentActor actor, TimeProvider time) : PageModel
{
    public IReadOnlyList<AuditChainReport> Reports { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Recent { get; private set; } = [];

    public bool Intact => Reports.All(r => r.Intact);

    public string CheckedAt { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reports = await verifier.VerifyAsync(tenant.Required.Id, null, ct);
        CheckedAt = JapanTime.Format(time.GetUtcNow().UtcDateTime);
        var chain = AuditEntry.ChainFor(tenant.Required.Id);
        var recent = new List<AuditEntry>();
        foreach (var source in sources)
        {
            recent.AddRange(await source.RecentAsync(chain, 20, ct));
        }

        Recent = recent.OrderByDescending(e => e.OccurredAtUtc).Take(20).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var municipality = tenant.Required;
        var id = await jobs.StartAsync(municipality, "audit.verify", "監査ログの検証", actor.UserId, async (job, token) =>
        {
            var verify = job.Services.GetRequiredService<AuditVerifier>();
            var reports = await verify.VerifyAsync(municipality.Id, new Progress<long>(n => _ = job.ReportAsync(n, 0, $"{n}件を検証しました。")), token);
            var total = reports.Sum(r => r.Entries);
            return reports.All(r => r.Intact)
                ? $"{total}件を検証し、改ざんは検出されませんでした。"
                : "改ざんまたは欠落を検出しました：" + string.Join("／", reports.Where(r => !r.Intact).Select(r => r.Module + " " + r.Problem));
        }, ct);
        return Redirect($"/{municipality.Code}/staff/jobs/{id}");
    }
}
