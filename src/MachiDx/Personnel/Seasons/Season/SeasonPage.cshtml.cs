using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Personnel.Roster;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Seasons.Season;

/// <summary>
/// One season: HR runs it (for any department, as the meeting's chair); a department's 選考担当 acts for
/// their own department (nominate, bid, pick, wish list). Other staff see the public parts.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SeasonPageModel(PersonnelDbContext db, SeasonDraft draft, PersonnelActor actor) : PageModel
{
    public DraftView View { get; private set; } = null!;

    public bool IsHr => User.IsInRole(Roles.HrAdmin);

    /// <summary>The department this user selects for (null for HR-only or ordinary staff).</summary>
    public string? MyDepartment { get; private set; }

    /// <summary>HR and selectors follow the whole season; other staff see the published results only.</summary>
    public bool IsParticipant => IsHr || MyDepartment is not null;

    public IReadOnlyList<StaffRecord> Nominable { get; private set; } = [];

    public IReadOnlyList<(string Code, int Rank, Guid StaffRecordId)> Wishes { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "dept")]
    public string? WishDepartment { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostNominateAsync(Guid id, Guid staffRecordId, CancellationToken ct) =>
        ActAsync(id, async (season, ct2) =>
        {
            var person = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffRecordId, ct2);
            return person is null ? Refusal.Invalid("職員を選んでください。", "staffRecordId") : !await MayActForAsync(person.DepartmentCode, ct2) ? Forbidden : await draft.NominateAsync(season, person.DepartmentCode, staffRecordId, ct2);
        }, "推薦しました。", ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async (season, ct2) => IsHr ? await draft.CloseNominationsAsync(season, ct2) : Forbidden, "推薦を締め切り、指名順を確定しました。", ct);

    public Task<IActionResult> OnPostBidAsync(Guid id, string department, string? candidate, CancellationToken ct) =>
        ActAsync(id, async (season, ct2) => !await MayActForAsync(department, ct2) ? Forbidden
            : await draft.BidAsync(season, department, ParseCandidate(candidate), ct2), "入札しました（全部署の入札がそろうと開札します）。", ct);

    public Task<IActionResult> OnPostPickAsync(Guid id, string department, string? candidate, int? turn, CancellationToken ct) =>
        ActAsync(id, async (season, ct2) => !await MayActForAsync(department, ct2) ? Forbidden
            : ParseCandidate(candidate) is not { } c ? Refusal.Invalid("指名する候補者を選んでください。", "candidate") : await draft.PickAsync(season, department, c, ct2, turn), "指名しました。", ct);

    public Task<IActionResult> OnPostPassAsync(Guid id, string department, int? turn, CancellationToken ct) =>
        ActAsync(id, async (season, ct2) => !await MayActForAsync(department, ct2) ? Forbidden : await draft.PickAsync(season, department, null, ct2, turn), "選択終了としました。", ct);

    public Task<IActionResult> OnPostWishesAsync(Guid id, string department, Dictionary<Guid, int?> ranks, CancellationToken ct) =>
        ActAsync(id, async (season, ct2) => !await MayActForAsync(department, ct2) ? Forbidden
            : await draft.SaveWishesAsync(season, department, [.. ranks.Where(r => r.Value is > 0).OrderBy(r => r.Value).Select(r => r.Key)], ct2), "希望順位を保存しました。", ct);

    public Task<IActionResult> OnPostProxyAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async (season, ct2) => IsHr ? await draft.RunProxyAsync(season, ct2) : Forbidden, "代理指名で最後まで実行しました。", ct);

    public Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async (season, ct2) => IsHr ? await draft.CompleteAsync(season, ct2) : Forbidden, "結果を確定し、抽選用シードを公開しました。", ct);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async (season, ct2) => IsHr ? await draft.PublishAsync(season, ct2) : Forbidden, "結果を公表しました。", ct);

    /// <summary>Not this user's department or not HR: answered with 403, not shown as a refusal.</summary>
    private static readonly Refusal Forbidden = Refusal.Conflict("この操作を行う権限がありません。");

    private static Guid? ParseCandidate(string? value) => Guid.TryParse(value, out var id) ? id : null;

    private async Task<bool> MayActForAsync(string department, CancellationToken ct) =>
        IsHr || await actor.SelectorForAsync(ct) == department;

    private async Task<IActionResult> ActAsync(Guid id, Func<DraftSeason, CancellationToken, Task<Refusal?>> action, string done, CancellationToken ct)
    {
        var season = await db.Seasons.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (season is null)
        {
            return NotFound();
        }

        var refusal = await action(season, ct);
        if (ReferenceEquals(refusal, Forbidden))
        {
            return Forbid();
        }

        if (refusal is null)
        {
            Message = done;
            return Redirect(Request.Path + (WishDepartment is null ? "" : "?dept=" + Uri.EscapeDataString(WishDepartment)));
        }

        Error = refusal.Message;
        await LoadAsync(id, ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var season = await db.Seasons.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (season is null)
        {
            return false;
        }

        View = await draft.LoadAsync(season, ct);
        MyDepartment = await actor.SelectorForAsync(ct);
        if (season.Phase == SeasonPhase.Nominating && (IsHr || MyDepartment is not null))
        {
            var rules = SeasonDraft.Rules(season);
            var nominated = View.Nominations.Select(n => n.StaffRecordId).ToHashSet();
            var people = await db.Staff.AsNoTracking().Include(s => s.Evaluations)
                .Where(s => IsHr || s.DepartmentCode == MyDepartment).OrderBy(s => s.DepartmentCode).ThenBy(s => s.StaffNumber).ToListAsync(ct);
            Nominable = [.. people.Where(p => !nominated.Contains(p.Id) && EligibilityEvaluator.Evaluate(rules, p.Facts(), season.ReferenceDate).Draft)];
        }

        WishDepartment ??= IsHr ? View.Departments.FirstOrDefault(d => d.Quota > 0)?.DepartmentCode : MyDepartment;
        if (WishDepartment is not null)
        {
            Wishes = [.. (await db.Wishes.AsNoTracking().Where(w => w.SeasonId == id && w.DepartmentCode == WishDepartment).ToListAsync(ct))
                .Select(w => (w.DepartmentCode, w.Rank, w.StaffRecordId))];
        }

        return true;
    }

    /// <summary>Departments this user may act for at the meeting.</summary>
    public IEnumerable<SeasonDepartment> ActableDepartments(Func<SeasonDepartment, bool> filter) =>
        View.Departments.Where(d => (IsHr || d.DepartmentCode == MyDepartment) && filter(d)).OrderBy(d => d.Position);
}
