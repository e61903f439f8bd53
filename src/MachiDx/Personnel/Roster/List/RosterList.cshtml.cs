using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Platform;
using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Roster.List;

/// <summary>The roster with a dry run of the eligibility rules for every person as of a chosen date.</summary>
[Authorize(Policy = Policies.HrAdmin)]
public sealed class RosterListModel(PersonnelDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "asOf")]
    public DateOnly? AsOf { get; set; }

    /// <summary>Dry-run a season: its reference date and its own rule set.</summary>
    [BindProperty(SupportsGet = true, Name = "season")]
    public Guid? SeasonId { get; set; }

    public Seasons.DraftSeason? Season { get; private set; }

    public IReadOnlyList<(StaffRecord Person, EligibilityResult Result)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rules = EligibilityRules.Default;
        if (SeasonId is { } id && await db.Seasons.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is { } season)
        {
            Season = season;
            rules = Seasons.SeasonDraft.Rules(season);
            AsOf = season.ReferenceDate;
        }

        AsOf ??= JapanTime.Today(time);
        var people = await db.Staff.AsNoTracking().Include(s => s.Evaluations).OrderBy(s => s.DepartmentCode).ThenBy(s => s.StaffNumber).ToListAsync(ct);
        Rows = [.. people.Select(p => (p, EligibilityEvaluator.Evaluate(rules, p.Facts(), AsOf.Value)))];
    }
}
