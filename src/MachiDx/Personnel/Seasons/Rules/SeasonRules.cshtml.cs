using System.Text.Json;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Rules;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Seasons.Rules;

/// <summary>
/// HR edits a season's eligibility rules. Each save is a new rule version (the season keeps only the
/// version in force, the audit chain keeps every earlier one). Allowed only before any nomination, since
/// nominations were judged by the rules in force when they were made.
/// </summary>
[Authorize(Policy = Policies.HrAdmin)]
public sealed class SeasonRulesModel(PersonnelDbContext db, AuditTrail audit) : PageModel
{
    public DraftSeason Season { get; private set; } = null!;

    public EligibilityRules Current { get; private set; } = EligibilityRules.Default;

    /// <summary>Why the rules can no longer be changed (null while they can).</summary>
    public string? Locked { get; private set; }

    [BindProperty]
    public RulesInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = RulesInput.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Locked is not null)
        {
            ModelState.AddModelError(string.Empty, Locked);
        }

        foreach (var (field, message) in Input.Check())
        {
            ModelState.AddModelError("Input." + field, message);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var next = Input.NextVersionOf(Current);

        // Under the season's lock, as nominations are: a nomination judged under the old rules cannot commit after
        // the new ones, and the rules cannot change once a nomination has been made.
        var locked = await SeasonLock.RunAsync(db, id, async token =>
        {
            var season = await db.Seasons.SingleAsync(s => s.Id == id, token);
            if (season.MayChangeRules(await db.Nominations.AnyAsync(n => n.SeasonId == id, token)) is { } refusal)
            {
                return refusal;
            }

            season.RulesJson = JsonSerializer.Serialize(next);
            audit.Record(db, "DraftSeason.RulesChanged", nameof(DraftSeason), season.Id.ToString(), new { before = Current, after = next });
            await db.SaveChangesAsync(token);
            return (Refusal?)null;
        }, ct);
        if (locked is not null)
        {
            ModelState.AddRefusal(locked);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Message = $"対象基準を保存しました（第{next.Version}版）。";
        return Redirect(Request.Path);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var season = await db.Seasons.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (season is null)
        {
            return false;
        }

        Season = season;
        Current = SeasonDraft.Rules(season);
        Locked = season.Phase != SeasonPhase.Nominating
            ? "推薦の受付が終わったシーズンの対象基準は変更できません。"
            : await db.Nominations.AnyAsync(n => n.SeasonId == id, ct)
                ? "推薦がすでにあるため、このシーズンの対象基準は変更できません（推薦はその時点の基準で判定されています）。"
                : null;
        return true;
    }
}
