using MachiDx.Platform.Identity;
using MachiDx.Platform.Jobs;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Expiry;

/// <summary>Expiry at a glance (due now, due within 30 days, expired so far) and a run-now button with progress.</summary>
[Authorize(Policy = WalletPolicies.Treasury)]
public sealed class ExpiryPageModel(WalletDbContext db, JobRunner jobs, TenantContext tenant, CurrentActor actor, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public int DueNow { get; private set; }

    public int DueIn30Days { get; private set; }

    public int Swept { get; private set; }

    public long ExpiredYen { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        DueNow = await db.Lots.CountAsync(l => l.ExpiredAtUtc == null && l.ExpiresAtUtc <= now, ct);
        DueIn30Days = await db.Lots.CountAsync(l => l.ExpiredAtUtc == null && l.ExpiresAtUtc > now && l.ExpiresAtUtc <= now.AddDays(30), ct);
        Swept = await db.Lots.CountAsync(l => l.ExpiredAtUtc != null, ct);
        ExpiredYen = await db.Lots.Where(l => l.ExpiredAtUtc != null).SumAsync(l => l.ExpiredYen, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var id = await jobs.StartAsync(tenant.Required, "wallet.expiry", "有効期限の処理", actor.UserId,
            async (job, token) =>
            {
                var result = await job.Services.GetRequiredService<ExpiryDesk>().RunAsync(time.GetUtcNow().UtcDateTime,
                    (done, total) => job.ReportAsync(done, total, $"{done}／{total}件を処理しています。"), token);
                return $"{result.LotsSwept}件・{result.ExpiredYen:N0}円分を失効させ、{result.NoticesSent}人にお知らせしました。";
            }, ct);
        return Redirect($"/{CityCode}/staff/jobs/{id}");
    }
}
