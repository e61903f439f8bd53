using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Simulation;
using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Seasons.Simulator;

/// <summary>
/// Runs every mechanism on the season's data: departments' wish lists (a department without one is taken
/// to rank candidates by latest evaluation score) and the departments candidates ranked themselves (a
/// candidate who stated none is taken to rank departments by overtime). Deterministic: the lottery and RSD
/// use the season's commitment.
/// </summary>
[Authorize(Policy = Policies.HrAdmin)]
public sealed class SimulatorPageModel(PersonnelDbContext db, SeasonDraft draft, CandidateRankings rankings) : PageModel
{
    public DraftView View { get; private set; } = null!;

    public IReadOnlyList<MechanismReport> Reports { get; private set; } = [];

    public IReadOnlyList<string> DerivedPreferenceDepartments { get; private set; } = [];

    /// <summary>Candidates who ranked departments themselves (the others are an assumption).</summary>
    public int StatedCandidatePreferences { get; private set; }

    private IReadOnlyList<IReadOnlyList<int>?> _candidatePreferences = [];

    public bool StatedFor(int candidate) => candidate < _candidatePreferences.Count && _candidatePreferences[candidate] is not null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var season = await db.Seasons.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (season is null)
        {
            return NotFound();
        }

        View = await draft.LoadAsync(season, ct);
        if (View.State is null)
        {
            return Page();
        }

        var wishes = (await draft.WishListsAsync(View, ct)).ToList();
        var ids = View.Nominations.Select(n => n.StaffRecordId).ToList();
        var scores = (await db.Evaluations.AsNoTracking().Where(e => ids.Contains(e.StaffRecordId)).ToListAsync(ct))
            .GroupBy(e => e.StaffRecordId).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.FiscalYear).First().Score);
        var byScore = Enumerable.Range(0, View.Nominations.Count)
            .OrderByDescending(i => scores.GetValueOrDefault(View.Nominations[i].StaffRecordId)).ThenBy(i => View.Candidate(i).StaffNumber, StringComparer.Ordinal).ToList();
        var derived = new List<string>();
        for (var d = 0; d < wishes.Count; d++)
        {
            if (wishes[d].Count == 0 && View.Departments[d].Quota > 0)
            {
                wishes[d] = byScore;
                derived.Add(View.Departments[d].DepartmentName);
            }
        }

        DerivedPreferenceDepartments = derived;
        var stated = await rankings.ForSeasonAsync(season.Id, ct);
        var codes = View.Departments.Select(d => d.DepartmentCode).ToList();
        IReadOnlyList<int>?[] candidatePreferences = [.. View.Nominations.Select(n => stated.TryGetValue(n.StaffRecordId, out var list)
            ? (IReadOnlyList<int>?)[.. list.Select(code => codes.IndexOf(code)).Where(i => i >= 0)]
            : null)];
        var market = new MatchingMarket(View.State.Setup, wishes, candidatePreferences);
        StatedCandidatePreferences = market.StatedCandidatePreferences;
        _candidatePreferences = candidatePreferences;
        Reports = Engine.Simulation.Simulator.RunAll(market, season.Commitment);
        return Page();
    }
}
