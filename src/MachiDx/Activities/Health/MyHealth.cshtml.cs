using System.ComponentModel.DataAnnotations;
using MachiDx.Activities.Contracts;
using MachiDx.Activities.Data;
using MachiDx.Activities.Rewards;
using MachiDx.Platform;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Health;

/// <summary>The resident's health activities: report a day's steps or upload a pedometer CSV, and see what was recorded.</summary>
[Authorize(Policy = Policies.Resident)]
public sealed class MyHealthModel(ActivitiesDbContext db, HealthDesk desk, RewardIssuer issuer, TenantContext tenant, CurrentActor actor, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public RewardPolicy Policy { get; private set; } = null!;

    public IReadOnlyList<HealthRecord> Records { get; private set; } = [];

    [BindProperty]
    public StepsInput Input { get; set; } = new();

    [BindProperty]
    [Display(Name = "歩数のCSVファイル")]
    public IFormFile? StepsFile { get; set; }

    /// <summary>The days recorded by the last post, from the server (TempData): a number in the query string would be a notice anyone can write.</summary>
    [TempData]
    public int? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new StepsInput { Date = JapanTime.Today(time) };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Remove(nameof(StepsFile));
        if (ModelState.IsValid)
        {
            var outcome = await desk.RecordStepsAsync(actor.UserId!.Value, [new StepEntry(Input.Date!.Value, Input.Steps!.Value)], HealthSource.SelfReport, ct);
            if (outcome.Ok)
            {
                Saved = outcome.Recorded;
                return Redirect($"/{CityCode}/activities/health");
            }

            foreach (var (field, message) in outcome.Errors)
            {
                ModelState.AddModelError(field.Length == 0 ? "" : "Input." + field, message);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (StepsFile is null || StepsFile.Length == 0)
        {
            ModelState.AddModelError(nameof(StepsFile), "CSVファイルを選んでください。");
        }
        else if (StepsFile.Length > 256 * 1024)
        {
            ModelState.AddModelError(nameof(StepsFile), "ファイルは256KBまでにしてください。");
        }
        else
        {
            using var buffer = new MemoryStream();
            await StepsFile.CopyToAsync(buffer, ct);
            var outcome = await desk.ImportStepsCsvAsync(actor.UserId!.Value, buffer.ToArray(), ct);
            if (outcome.Ok)
            {
                Saved = outcome.Recorded;
                return Redirect($"/{CityCode}/activities/health");
            }

            foreach (var message in outcome.Errors.Values)
            {
                ModelState.AddModelError(nameof(StepsFile), message);
            }
        }

        Input = new StepsInput { Date = JapanTime.Today(time) };
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Policy = await issuer.PolicyAsync(ct);
        var me = actor.UserId!.Value;
        Records = await db.HealthRecords.AsNoTracking().Where(h => h.ResidentId == me)
            .OrderByDescending(h => h.Date).ThenBy(h => h.Kind).Take(60).ToListAsync(ct);
    }
}

public sealed class StepsInput
{
    [Display(Name = "日付")]
    [Required(ErrorMessage = "日付を入力してください。")]
    public DateOnly? Date { get; set; }

    [Display(Name = "歩数")]
    [Required(ErrorMessage = "歩数を入力してください。")]
    [Range(0, 1_000_000, ErrorMessage = "歩数は0以上の整数で入力してください。")]
    public int? Steps { get; set; }
}
