using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Jobs;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Payouts;

/// <summary>Payout runs: the list, and a new run (in the background, with a progress page).</summary>
[Authorize(Policy = WalletPolicies.Treasury)]
public sealed class PayoutsModel(WalletDbContext db, PayoutDesk desk, JobRunner jobs, TenantContext tenant, CurrentActor actor, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<PayoutRun> Runs { get; private set; } = [];

    [BindProperty]
    [Display(Name = "振込指定日")]
    [Required(ErrorMessage = "振込指定日を入力してください。")]
    public DateOnly? TransferDate { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Runs = await db.PayoutRuns.AsNoTracking().OrderByDescending(r => r.CreatedAtUtc).Take(50).ToListAsync(ct);
        TransferDate ??= desk.NextBusinessDay();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (TransferDate is { } date && date <= MachiDx.Platform.JapanTime.Today(time))
        {
            ModelState.AddModelError(nameof(TransferDate), "振込指定日は明日以降の日付にしてください。");
        }

        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }

        var by = actor.Name;
        var transferDate = TransferDate!.Value;
        var id = await jobs.StartAsync(tenant.Required, "wallet.payout", "加盟店への換金", actor.UserId,
            async (job, token) =>
            {
                var run = await job.Services.GetRequiredService<PayoutDesk>().CreateRunAsync(transferDate, by,
                    (done, total) => job.ReportAsync(done, total, $"{done}／{total}店舗を計算しています。"), token);
                return $"{run.Count}店舗・振込額 {run.NetYen:N0}円（手数料 {run.FeeYen:N0}円）を確保しました。換金の一覧から振込ファイルをダウンロードできます。";
            }, ct);
        return Redirect($"/{CityCode}/staff/jobs/{id}");
    }

    public static string StatusLabel(PayoutRunStatus status) => status switch
    {
        PayoutRunStatus.Held => "確保済み（銀行の受付待ち）",
        PayoutRunStatus.Confirmed => "振込完了",
        _ => "銀行で不能（売上に戻しました）",
    };
}
