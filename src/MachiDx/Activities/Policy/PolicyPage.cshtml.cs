using System.ComponentModel.DataAnnotations;
using System.Globalization;
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
            OnlineApplicationPoints = p.OnlineApplicationPoints, ProcedurePoints = p.ProcedurePoints, OnlineApplicationMode = p.OnlineApplicationMode, VolunteerPoints = p.VolunteerPoints,
            MonthlyCapPoints = p.MonthlyCapPoints, FiscalYearBudgetPoints = p.FiscalYearBudgetPoints,
            StepPointsTable = p.StepPointsTable, MaxStepsPerDay = p.MaxStepsPerDay, CheckupPoints = p.CheckupPoints, HealthClassPoints = p.HealthClassPoints,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.MonthlyCapPoints is > 0 && Input.OnlineApplicationPoints > Input.MonthlyCapPoints)
        {
            ModelState.AddModelError("Input.MonthlyCapPoints", "1か月の上限は、オンライン申請1件のポイント以上にしてください（0は上限なし）。");
        }

        if (RewardPolicy.ParseProcedurePoints(Input.ProcedurePoints ?? "") is not { } procedures)
        {
            ModelState.AddModelError("Input.ProcedurePoints", "「手続きのコード:ポイント」をカンマ区切りで入力してください（例: sodai-gomi:200,juminhyo:0）。ポイントは0〜100,000、同じ手続きは1回までです。");
        }
        else if (Input.MonthlyCapPoints is > 0 && procedures.Values.Any(v => v > Input.MonthlyCapPoints))
        {
            ModelState.AddModelError("Input.ProcedurePoints", "手続きごとのポイントは、1か月の上限以下にしてください。");
        }

        if (Input.StepPointsTable is { } table && RewardPolicy.ParseStepTable(table) is null)
        {
            ModelState.AddModelError("Input.StepPointsTable", "「歩数:ポイント」をカンマ区切りで、歩数もポイントも少ない順に入力してください（例: 7000:5,10000:10）。");
        }
        else if (Input.StepPointsTable is { } steps && Input.MaxStepsPerDay is { } max && RewardPolicy.ParseStepTable(steps)!.Any(t => t.Steps > max))
        {
            ModelState.AddModelError("Input.MaxStepsPerDay", "1日の上限は、歩数の表のいちばん多い歩数以上にしてください。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var p = await issuer.PolicyAsync(ct);
        p.OnlineApplicationPoints = Input.OnlineApplicationPoints!.Value;
        p.ProcedurePoints = string.Join(",", RewardPolicy.ParseProcedurePoints(Input.ProcedurePoints ?? "")!.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Key}:{x.Value}")));
        p.OnlineApplicationMode = Input.OnlineApplicationMode;
        p.VolunteerPoints = Input.VolunteerPoints!.Value;
        p.MonthlyCapPoints = Input.MonthlyCapPoints!.Value;
        p.FiscalYearBudgetPoints = Input.FiscalYearBudgetPoints!.Value;
        p.StepPointsTable = Input.StepPointsTable!.Replace(" ", "", StringComparison.Ordinal);
        p.MaxStepsPerDay = Input.MaxStepsPerDay!.Value;
        p.CheckupPoints = Input.CheckupPoints!.Value;
        p.HealthClassPoints = Input.HealthClassPoints!.Value;
        p.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        audit.Record(db, "activities.policy.update", "reward-policy", CityCode,
            $"online {p.OnlineApplicationPoints}pt {p.OnlineApplicationMode} per-procedure [{p.ProcedurePoints}], volunteer {p.VolunteerPoints}pt, cap {p.MonthlyCapPoints}pt/月, budget {p.FiscalYearBudgetPoints}pt/年度, steps {p.StepPointsTable} max {p.MaxStepsPerDay}, checkup {p.CheckupPoints}pt, class {p.HealthClassPoints}pt");
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

    [Display(Name = "手続きごとのポイント（任意）")]
    [StringLength(1000, ErrorMessage = "1,000文字以内で入力してください。")]
    public string? ProcedurePoints { get; set; }

    [Display(Name = "オンライン申請のポイントの付け方")]
    public OnlineRewardMode OnlineApplicationMode { get; set; }

    [Display(Name = "ボランティア1回あたりのポイント（標準）")]
    [Required(ErrorMessage = "ポイントを入力してください。")]
    [Range(0, 100_000, ErrorMessage = "0から100,000の整数で入力してください。")]
    public long? VolunteerPoints { get; set; }

    [Display(Name = "歩数とポイントの表")]
    [Required(ErrorMessage = "歩数とポイントの表を入力してください。")]
    [StringLength(200, ErrorMessage = "200文字以内で入力してください。")]
    public string? StepPointsTable { get; set; }

    [Display(Name = "1日に記録できる歩数の上限")]
    [Required(ErrorMessage = "上限を入力してください。")]
    [Range(1_000, 200_000, ErrorMessage = "1,000から200,000の整数で入力してください。")]
    public int? MaxStepsPerDay { get; set; }

    [Display(Name = "健康診断・検診1回あたりのポイント")]
    [Required(ErrorMessage = "ポイントを入力してください。")]
    [Range(0, 100_000, ErrorMessage = "0から100,000の整数で入力してください（0はポイントなし）。")]
    public long? CheckupPoints { get; set; }

    [Display(Name = "健康教室1回あたりのポイント")]
    [Required(ErrorMessage = "ポイントを入力してください。")]
    [Range(0, 100_000, ErrorMessage = "0から100,000の整数で入力してください（0はポイントなし）。")]
    public long? HealthClassPoints { get; set; }

    [Display(Name = "1人1か月あたりの上限（pt）")]
    [Required(ErrorMessage = "上限を入力してください。")]
    [Range(0, 10_000_000, ErrorMessage = "0から10,000,000の整数で入力してください（0は上限なし）。")]
    public long? MonthlyCapPoints { get; set; }

    [Display(Name = "年度の予算（pt）")]
    [Required(ErrorMessage = "予算を入力してください。")]
    [Range(0, 100_000_000_000, ErrorMessage = "0以上の整数で入力してください。")]
    public long? FiscalYearBudgetPoints { get; set; }
}
