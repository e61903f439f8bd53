using MachiDx.Personnel.Engine.Draft;

namespace MachiDx.Personnel.Seasons.Board;

/// <summary>
/// The ドラフト会議 board as shown on the page and over the API: every settled bid and pick, in order.
/// Rule: until results are published only participants (HR and departments' 選考担当) see the progress.
/// </summary>
public sealed record BoardSnapshot(string Status, IReadOnlyList<BoardRow> Rows, bool Finished)
{
    public static async Task<BoardSnapshot> LoadAsync(DraftSeason season, SeasonDraft draft, bool participant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(season);
        ArgumentNullException.ThrowIfNull(draft);
        var finished = season.Phase >= SeasonPhase.Completed;
        if (season.Phase != SeasonPhase.Published && !participant)
        {
            return new("指名会議の経過は人事課と各部署の選考担当だけが見られます。結果は公表後に掲載されます。", [], finished);
        }

        var view = await draft.LoadAsync(season, ct);
        if (view.State is not { } state)
        {
            return new("推薦受付中です。指名会議はまだ始まっていません。", [], finished);
        }

        IReadOnlyList<BoardRow> rows = [.. state.Events.Where(e => e.Detail != DraftState.AutoSettled).Select(e => new BoardRow(
            e.Sequence,
            e.Round == 1 ? $"1巡目（{e.Iteration}回目）" : $"{e.Round}巡目",
            view.Departments[e.Department].DepartmentName,
            e.Candidate is { } c ? $"{view.Candidate(c).FullName}（{view.DepartmentName(view.Nominations[c].DepartmentCode)}）" : "—",
            DraftView.KindText(e.Kind)))];
        var status = !state.Round1Done
            ? $"1巡目の入札中（{state.Round1Iteration}回目）：入札済み {view.SealedBids.Count}／{state.Round1Pending.Count}部署"
            : view.TurnDepartment is { } turn ? $"{view.TurnRound}巡目：{view.DepartmentName(turn)}の指名を待っています" : "指名はすべて終わりました";
        return new(status, rows, finished);
    }
}
