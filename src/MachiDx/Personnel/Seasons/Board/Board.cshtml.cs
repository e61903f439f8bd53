using MachiDx.Personnel.Data;
using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Seasons.Board;

/// <summary>The ドラフト会議 board: every settled bid and pick, in order. A small script polls the JSON handler; without it, a reload link.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class BoardModel(PersonnelDbContext db, SeasonDraft draft, PersonnelActor actor) : PageModel
{
    public DraftSeason Season { get; private set; } = null!;

    public IReadOnlyList<BoardRow> Rows { get; private set; } = [];

    public string Status { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetJsonAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? new JsonResult(new { Status, Rows, Finished = Season.Phase >= SeasonPhase.Completed }) : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var season = await db.Seasons.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (season is null)
        {
            return false;
        }

        Season = season;
        var participant = User.IsInRole(Roles.HrAdmin) || await actor.SelectorForAsync(ct) is not null;
        (Status, Rows, _) = await BoardSnapshot.LoadAsync(season, draft, participant, ct);
        return true;
    }
}
