using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Wallet.Charge;

/// <summary>Online charge: amount → what the premium will be and why → confirm → the provider takes the money → charged.</summary>
[Authorize(Policy = Policies.Resident)]
public sealed class ChargePageModel(WalletDirectory directory, ChargeDesk desk, IPaymentProvider provider, TenantContext tenant, CurrentActor actor, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public WalletSettings Settings { get; private set; } = null!;

    public ChargePreview? Preview { get; private set; }

    public Campaign? Campaign { get; private set; }

    public TierStanding Tier { get; private set; } = null!;

    public IPaymentProvider Provider => provider;

    [BindProperty]
    public ChargeInput Input { get; set; } = new();

    /// <summary>The premium the resident saw; the charge is refused if it changed.</summary>
    [BindProperty]
    public long ExpectedPremium { get; set; }

    [BindProperty]
    public string? RequestKey { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var preview = await desk.PreviewAsync(tenant.Required, actor.UserId!.Value, Input.AmountYen!.Value, ct);
        foreach (var error in preview.Errors)
        {
            ModelState.AddModelError("Input.AmountYen", error);
        }

        if (preview.Errors.Count == 0)
        {
            Preview = preview;
            ExpectedPremium = preview.PremiumYen;
            RequestKey = Guid.NewGuid().ToString("N");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid || RequestKey is not { Length: >= 16 and <= 64 })
        {
            return Page();
        }

        var capture = await provider.CaptureAsync(Input.AmountYen!.Value, RequestKey, ct);
        if (!capture.Succeeded)
        {
            ModelState.AddModelError("Input.AmountYen", capture.Error ?? "お支払いを完了できませんでした。");
            return Page();
        }

        var outcome = await desk.ChargeAsync(tenant.Required, actor.UserId!.Value, Input.AmountYen.Value, ExpectedPremium,
            ChargeChannel.Online, capture.Reference, RequestKey, ct);
        if (outcome.Succeeded)
        {
            return Redirect($"/{CityCode}/wallet/charge/done/{outcome.Charge!.ReceiptNumber}");
        }

        ModelState.AddModelError("Input.AmountYen", outcome.Error ?? "チャージできませんでした。");
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Settings = await directory.SettingsAsync(tenant.Required, ct);
        Campaign = await desk.OpenCampaignAsync(tenant.Required.Id, time.GetUtcNow().UtcDateTime, ct);
        Tier = await desk.TierAsync(tenant.Required, actor.UserId!.Value, ct);
    }
}

public sealed class ChargeInput
{
    [Display(Name = "チャージする金額（円）")]
    [Required(ErrorMessage = "チャージする金額を入力してください。")]
    [Range(1, 10_000_000, ErrorMessage = "チャージする金額は1円以上の整数で入力してください。")]
    public long? AmountYen { get; set; }
}
