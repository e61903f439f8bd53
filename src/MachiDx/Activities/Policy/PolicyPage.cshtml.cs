using System.ComponentModel.DataAnnotations;
using MachiDx.Activities.Data;
using MachiDx.Activities.Rewards;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Activities.Policy;

/// <summary>The city's reward rules (DX推進 or the tenant administrator); every change is audited.</summary>
[Authorize(Policy = ActivitiesPolicies.RewardAdmin)]
public sealed class PolicyPageModel(ActivitiesDbContext db, RewardIssuer issuer, AuditTrail audit, TenantContext tenant, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    [BindProperty]
    public PolicyInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var p = await issuer.PolicyAsync(ct);
        Input = new PolicyInput
        {
            OnlineApplicationPoints = p.OnlineApplicationPoints, OnlineApplicationMode = p.OnlineApplicationMode, VolunteerPoints = p.VolunteerPoints,
            MonthlyCapPoints = p.MonthlyCapPoints, FiscalYearBudgetPoints = p.FiscalYearBudgetPoints,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.MonthlyCapPoints is > 0 && Input.OnlineApplicationPoints > Input.MonthlyCapPoints)
        {
            ModelState.AddModelError("Input.MonthlyCapPoints", "1か月の上限は、オンライン申請1件のポイント以上にしてください（0は上限なし）。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var p = await issuer.PolicyAsync(ct);
        p.OnlineApplicationPoints = Input.OnlineApplicationPoints!.Value;
        p.OnlineApplicationMode = Input.OnlineApplicationMode;
        p.VolunteerPoints = Input.VolunteerPoints!.Value;
        p.MonthlyCapPoints = Input.MonthlyCapPoints!.Value;
        p.FiscalYearBudgetPoints = Input.FiscalYearBudgetPoints!.Value;
        p.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        audit.Record(db, "activities.policy.update", "reward-policy", CityCode,
            $"online {p.OnlineApplicationPoints}pt {p.OnlineApplicationMode}, volunteer {p.VolunteerPoints}pt, cap {p.MonthlyCapPoints}pt/月, budget {p.FiscalYearBudgetPoints}pt/年度");
        await db.SaveChangesAsync(ct);
        return Redirect($"/{CityCode}/staff/activities/policy?saved=true");
    }
}

public sealed class PolicyInput
{
    [Display(Name = "オンライン申請1件あたりのポイント")]
    [Required(ErrorMessage = "ポイントを入力してください。")]
    [Range(0, 100_000, ErrorMessage = "0から100,000の整数で入力してください（0はポイントなし）。")]
    public long? OnlineApplicationPoints { get; set; }

    [Display(Name = "オンライン申請のポイントの付け方")]
    public OnlineRewardMode OnlineApplicationMode { get; set; }

    [Display(Name = "ボランティア1回あたりのポイント（標準）")]
    [Required(ErrorMessage = "ポイントを入力してください。")]
    [Range(0, 100_000, ErrorMessage = "0から100,000の整数で入力してください。")]
    public long? VolunteerPoints { get; set; }

    [Display(Name = "1人1か月あたりの上限（pt）")]
    [Required(ErrorMessage = "上限を入力してください。")]
    [Range(0, 10_000_000, ErrorMessage = "0から10,000,000の整数で入力してください（0は上限なし）。")]
    public long? MonthlyCapPoints { get; set; }

    [Display(Name = "年度の予算（pt）")]
    [Required(ErrorMessage = "予算を入力してください。")]
    [Range(0, 100_000_000_000, ErrorMessage = "0以上の整数で入力してください。")]
    public long? FiscalYearBudgetPoints { get; set; }
}
