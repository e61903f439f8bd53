using System.ComponentModel.DataAnnotations;
using MachiDx.Platform;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Charge;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Staff;

/// <summary>Premium campaigns: the list with budget left, and a new campaign funded from the city's budget.</summary>
[Authorize(Policy = WalletPolicies.Treasury)]
public sealed class CampaignsModel(CampaignDesk campaigns, ChargeDesk charges, TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<(Campaign Campaign, long Left)> List { get; private set; } = [];

    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) =>
        List = await charges.CampaignsWithBudgetAsync(tenant.Required.Id, take: 200, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.StartsOn is { } s && Input.EndsOn is { } e && e < s)
        {
            ModelState.AddModelError("Input.EndsOn", "終了日は開始日以降の日付にしてください。");
        }

        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }

        await campaigns.CreateAsync(tenant.Required, Input.Name!.Trim(), JapanTime.StartOfDayUtc(Input.StartsOn!.Value),
            JapanTime.StartOfDayUtc(Input.EndsOn!.Value.AddDays(1)), Input.BaseRatePercent!.Value, Input.MaxPremiumPerChargeYen ?? 0, Input.BudgetYen!.Value, ct);
        return Redirect($"/{CityCode}/staff/wallet/campaigns");
    }
}

public sealed class CampaignInput
{
    [Display(Name = "キャンペーン名")]
    [Required(ErrorMessage = "キャンペーン名を入力してください。")]
    [StringLength(100, ErrorMessage = "キャンペーン名は100文字以内で入力してください。")]
    [NoDirectionControls]
    public string? Name { get; set; }

    [Display(Name = "開始日")]
    [Required(ErrorMessage = "開始日を入力してください。")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "終了日")]
    [Required(ErrorMessage = "終了日を入力してください。")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "基本のプレミアム率（%）")]
    [Required(ErrorMessage = "プレミアム率を入力してください。")]
    [Range(0, 100, ErrorMessage = "プレミアム率は0から100の整数で入力してください。")]
    public int? BaseRatePercent { get; set; }

    [Display(Name = "1回のチャージあたりのプレミアム上限（円）")]
    [Range(0, 10_000_000, ErrorMessage = "上限は0円以上の整数で入力してください（0は上限なし）。")]
    public long? MaxPremiumPerChargeYen { get; set; }

    [Display(Name = "予算（円）")]
    [Required(ErrorMessage = "予算を入力してください。")]
    [Range(1, 100_000_000_000, ErrorMessage = "予算は1円以上の整数で入力してください。")]
    public long? BudgetYen { get; set; }
}
