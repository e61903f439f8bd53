using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Merchants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Staff;

/// <summary>Merchant applications and shops: approve, reject or suspend (audited).</summary>
[Authorize(Policy = WalletPolicies.Treasury)]
public sealed class MerchantReviewModel(WalletDbContext db, MerchantDesk desk, TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<Merchant> Merchants { get; private set; } = [];

    [BindProperty]
    public Guid MerchantId { get; set; }

    [BindProperty]
    public MerchantStatus Decision { get; set; }

    [BindProperty]
    [StringLength(500, ErrorMessage = "コメントは500文字以内で入力してください。")]
    public string? Note { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Merchants = await db.Merchants.AsNoTracking().OrderBy(m => m.Status).ThenByDescending(m => m.AppliedAtUtc).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var merchant = await db.Merchants.SingleOrDefaultAsync(m => m.Id == MerchantId, ct);
        if (merchant is null)
        {
            return NotFound();
        }

        if (Decision == MerchantStatus.Rejected && string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError(nameof(Note), "不承認の理由を入力してください（申請者に表示されます）。");
        }

        if (Decision == MerchantStatus.Applied)
        {
            ModelState.AddModelError(nameof(Decision), "承認・不承認・利用停止のいずれかを選んでください。");
        }

        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }

        await desk.ReviewAsync(merchant, Decision, Note, ct);
        return Redirect($"/{CityCode}/staff/wallet/merchants");
    }
}
