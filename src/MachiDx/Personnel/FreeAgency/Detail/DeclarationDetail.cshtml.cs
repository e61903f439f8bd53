using System.Globalization;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.Roster;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.FreeAgency.Detail;

/// <summary>One FA宣言, shown only to those allowed (404 for everyone else, so its existence does not leak). Every view is audited.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DeclarationDetailModel(PersonnelDbContext db, Declarations declarations, PersonnelActor actor, StaffDirectory directory) : PageModel
{
    public FaDeclaration Declaration { get; private set; } = null!;

    public StaffRecord Declarer { get; private set; } = null!;

    public StaffRecord? Me { get; private set; }

    public bool IsHr => User.IsInRole(Roles.HrAdmin);

    public bool IsTargetSelector => Me is { IsSelector: true } && Me.DepartmentCode == Declaration.TargetDepartmentCode;

    public IReadOnlyList<DepartmentSummary> Departments { get; private set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostForwardAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => IsHr ? declarations.ForwardAsync(Declaration, ct) : null, "希望先の選考担当に回付しました。", ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, bool accept, string? reason, string? rubric, CancellationToken ct) =>
        ActAsync(id, () => IsTargetSelector || IsHr ? declarations.DecideAsync(Declaration, accept, reason, rubric, ct) : null, accept ? "受け入れを決定しました。" : "見送りを決定しました。", ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => Me is not null && Me.Id == Declaration.StaffRecordId ? declarations.WithdrawAsync(Declaration, Me, ct) : null, "宣言を取り下げました。", ct);

    public Task<IActionResult> OnPostScoreAsync(Guid id, string? targetScore, CancellationToken ct) =>
        ActAsync(id, () => !(IsTargetSelector || IsHr) ? null
            : Score(targetScore) is { } t ? declarations.ScoreAsync(Declaration, t, ct) : Task.FromResult<Refusal?>(ScoreError), "成果の評価を記録しました。", ct);

    public Task<IActionResult> OnPostCalibrateAsync(Guid id, string? calibratedScore, CancellationToken ct) =>
        ActAsync(id, () => !IsHr ? null
            : Score(calibratedScore) is { } c ? declarations.CalibrateAsync(Declaration, c, ct) : Task.FromResult<Refusal?>(ScoreError), "調整後の評価を記録し、成績区分の推薦を更新しました。", ct);

    public DateOnly? ScoringOpens => declarations.ScoringOpens(Declaration);

    private static readonly Refusal ScoreError = Refusal.Invalid("評価点は1.0〜5.0の数値で入力してください。", "score");

    private static double? Score(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x is >= 1 and <= 5 ? x : null;

    public string DepartmentName(string code) => Departments.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    private async Task<IActionResult> ActAsync(Guid id, Func<Task<Refusal?>?> action, string done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (action() is not { } task)
        {
            return Forbid();
        }

        if (await task is { } refusal)
        {
            Error = refusal.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Message = done;
        return Redirect(Request.Path);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Me = await actor.RecordAsync(ct);
        var declaration = await declarations.ReadAsync(id, Me, IsHr, ct);
        if (declaration is null)
        {
            return false;
        }

        Declaration = declaration;
        Declarer = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == declaration.StaffRecordId, ct);
        Departments = await directory.DepartmentsAsync(ct);
        return true;
    }
}
