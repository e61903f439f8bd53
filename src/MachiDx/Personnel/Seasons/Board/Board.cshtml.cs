using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Draft;
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
        if (season.Phase != SeasonPhase.Published && !User.IsInRole(Roles.HrAdmin) && await actor.SelectorForAsync(ct) is null)
        {
            Status = "指名会議の経過は人事課と各部署の選考担当だけが見られます。結果は公表後に掲載されます。";
            return true;
        }

        var view = await draft.LoadAsync(season, ct);
        if (view.State is not { } state)
        {
            Status = "推薦受付中です。指名会議はまだ始まっていません。";
            return true;
        }

        Rows = [.. state.Events.Where(e => e.Detail != DraftState.AutoSettled).Select(e => new BoardRow(
            e.Sequence,
            e.Round == 1 ? $"1巡目（{e.Iteration}回目）" : $"{e.Round}巡目",
            view.Departments[e.Department].DepartmentName,
            e.Candidate is { } c ? $"{view.Candidate(c).FullName}（{view.DepartmentName(view.Nominations[c].DepartmentCode)}）" : "—",
            DraftView.KindText(e.Kind)))];
        Status = !state.Round1Done
            ? $"1巡目の入札中（{state.Round1Iteration}回目）：入札済み {view.SealedBids.Count}／{state.Round1Pending.Count}部署"
            : view.TurnDepartment is { } turn ? $"{view.TurnRound}巡目：{view.DepartmentName(turn)}の指名を待っています" : "指名はすべて終わりました";
        return true;
    }
}
