using System.ComponentModel.DataAnnotations;
using MachiDx.Activities.Contracts;
using MachiDx.Activities.Data;
using MachiDx.Platform;
using MachiDx.Platform.Identity;
using MachiDx.Platform.People;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Health;

/// <summary>Staff record that a resident attended a check-up / 検診 or a health class (audited; once per resident, kind, day, title).</summary>
[Authorize(Policy = ActivitiesPolicies.ActivityStaff)]
public sealed class AttestHealthModel(ActivitiesDbContext db, HealthDesk desk, PeopleDirectory people, TenantContext tenant, CurrentActor actor, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    [BindProperty]
    public AttestInput Input { get; set; } = new();

    /// <summary>The notice after a post, from the server (TempData): never from the query string, which anyone can write into a link.</summary>
    [TempData]
    public string? Done { get; set; }

    public IReadOnlyList<HealthRecord> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new AttestInput { Date = JapanTime.Today(time), Kind = HealthActivityKind.Checkup };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Kind == HealthActivityKind.Steps)
        {
            ModelState.AddModelError("Input.Kind", "健康診断・検診か健康教室を選んでください。");
        }

        if (Input.Date is { } date && (date > JapanTime.Today(time) || date < JapanTime.Today(time).AddDays(-90)))
        {
            ModelState.AddModelError("Input.Date", "受診日・参加日は、今日から90日前までの日付にしてください。");
        }

        var resident = ModelState.IsValid ? await people.ResidentByEmailAsync(Input.Email!.Trim(), ct) : null;
        if (ModelState.IsValid && resident is null)
        {
            ModelState.AddModelError("Input.Email", "このメールアドレスの住民は、この市に登録されていません。");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var recorded = await desk.AttestAsync(resident!.UserId, resident.FullName, Input.Kind, Input.Date!.Value, Input.Title!, actor.UserId!.Value, ct);
        if (!recorded)
        {
            ModelState.AddModelError("Input.Title", "この方の同じ日の同じ記録は、すでにあります。");
            await LoadAsync(ct);
            return Page();
        }

        Done = resident.FullName;
        return Redirect($"/{CityCode}/staff/activities/health");
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Recent = await db.HealthRecords.AsNoTracking().Where(h => h.Kind != HealthActivityKind.Steps)
            .OrderByDescending(h => h.RecordedAtUtc).Take(20).ToListAsync(ct);
}

public sealed class AttestInput
{
    [Display(Name = "住民のメールアドレス")]
    [Required(ErrorMessage = "住民のメールアドレスを入力してください。")]
    [EmailAddress(ErrorMessage = "メールアドレスの形式で入力してください。")]
    public string? Email { get; set; }

    [Display(Name = "種類")]
    public HealthActivityKind Kind { get; set; }

    [Display(Name = "名称（例: 特定健診、胃がん検診、健康教室「はじめての筋トレ」）")]
    [Required(ErrorMessage = "名称を入力してください。")]
    [StringLength(100, ErrorMessage = "名称は100文字以内で入力してください。")]
    [NoDirectionControls]
    public string? Title { get; set; }

    [Display(Name = "受診日・参加日")]
    [Required(ErrorMessage = "日付を入力してください。")]
    public DateOnly? Date { get; set; }
}
