using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Payouts;

/// <summary>One payout run: its lines, the 全銀 file, and the bank's answer (confirm or reject).</summary>
[Authorize(Policy = WalletPolicies.Treasury)]
public sealed class PayoutRunPageModel(WalletDbContext db, PayoutDesk desk, TenantContext tenant, CurrentActor actor) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public PayoutRun Run { get; private set; } = null!;

    public IReadOnlyList<PayoutLine> Lines { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var bytes = await desk.FileAsync(Run, ct);
        return File(bytes, "text/plain; charset=shift_jis", $"sogofurikomi-{Run.TransferDate:yyyyMMdd}-{Run.Id.ToString("N")[..8]}.txt");
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct) => await ResolveAsync(id, post: true, ct);

    public async Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) => await ResolveAsync(id, post: false, ct);

    private async Task<IActionResult> ResolveAsync(Guid id, bool post, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Error = (post ? await desk.ConfirmAsync(Run, actor.Name, ct) : await desk.RejectAsync(Run, actor.Name, ct))?.Message;
        if (Error is null)
        {
            return Redirect($"/{CityCode}/staff/wallet/payouts/{id}");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var run = await db.PayoutRuns.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (run is null)
        {
            return false;
        }

        Run = run;
        Lines = await db.PayoutLines.AsNoTracking().Where(l => l.RunId == id).OrderBy(l => l.MerchantName).ToListAsync(ct);
        return true;
    }
}
