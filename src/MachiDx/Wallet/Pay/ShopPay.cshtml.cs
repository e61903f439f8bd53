using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Merchants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MachiDx.Wallet.Pay;

/// <summary>
/// A shop's static QR (MPM) opens this page: the resident enters the amount, confirms, and pays. The key is made
/// when the form is shown, so a double tap or a resubmitted form pays once.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Payment)]
[Authorize(Policy = Policies.Resident)]
public sealed class ShopPayModel(WalletBook book, MerchantDirectory merchants, PaymentDesk desk, TenantContext tenant, CurrentActor actor) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public MerchantCard Shop { get; private set; } = null!;

    public long Balance { get; private set; }

    public bool Confirming { get; private set; }

    [BindProperty]
    public ShopPayInput Input { get; set; } = new();

    [BindProperty]
    public string? Key { get; set; }

    public async Task<IActionResult> OnGetAsync(string shopCode, CancellationToken ct)
    {
        if (!await LoadAsync(shopCode, ct))
        {
            return NotFound();
        }

        Key = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string shopCode, CancellationToken ct)
    {
        if (!await LoadAsync(shopCode, ct))
        {
            return NotFound();
        }

        if (ModelState.IsValid && Input.AmountYen > Balance)
        {
            ModelState.AddModelError("Input.AmountYen", $"残高（{Balance:N0}円分）が足りません。チャージしてからお支払いください。");
        }

        Confirming = ModelState.IsValid;
        return Page();
    }

    public async Task<IActionResult> OnPostPayAsync(string shopCode, CancellationToken ct)
    {
        if (!await LoadAsync(shopCode, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || Key is not { Length: >= 16 and <= 64 })
        {
            return Page();
        }

        var outcome = await desk.PayAsync(tenant.Required, actor.UserId!.Value, Shop, Input.AmountYen!.Value, Key, ct);
        if (outcome.Succeeded)
        {
            return Redirect($"/{CityCode}/wallet/paid/{outcome.PaymentId}");
        }

        ModelState.AddModelError("Input.AmountYen", outcome.Message);
        return Page();
    }

    private async Task<bool> LoadAsync(string shopCode, CancellationToken ct)
    {
        if (await merchants.FindAsync(tenant.Required, shopCode, ct) is not { } shop)
        {
            return false;
        }

        Shop = shop;
        Balance = (await book.ViewAsync(tenant.Required, actor.UserId!.Value, reload: false, ct)).Total;
        return true;
    }
}

public sealed class ShopPayInput
{
    [Display(Name = "お支払い金額（円）")]
    [Required(ErrorMessage = "お支払い金額を入力してください。")]
    [Range(1, PaymentDesk.MaxPaymentYen, ErrorMessage = "お支払い金額は1円から1,000,000円までの整数で入力してください。")]
    public long? AmountYen { get; set; }
}
