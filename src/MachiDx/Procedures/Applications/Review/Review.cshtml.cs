using System.Text.Json.Nodes;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Rules;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Forms;
using MachiDx.Procedures.Forms.Engine;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Applications.Review;

/// <summary>Staff process one application of their department: status moves, 補正 per field, notes, assignment.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ReviewModel(StaffAccess access, ProceduresDbContext db, ReviewDesk desk, FormLibrary forms, TenantContext tenant, CurrentActor actor) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public Guid? Me => actor.UserId;

    public Application Application { get; private set; } = null!;

    public FormDefinition? Form { get; private set; }

    public ValuesView? Values { get; private set; }

    public IReadOnlyList<ApplicationEvent> Timeline { get; private set; } = [];

    public IReadOnlyList<ApplicationStatus> Moves => ApplicationWorkflow.StaffMovesFrom(Application.Status);

    /// <summary>Why the move, correction request or note just posted was refused (shown at once, with 422).</summary>
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string receipt, CancellationToken ct) =>
        await LoadAsync(receipt, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoveAsync(string receipt, ApplicationStatus to, string? message, CancellationToken ct)
    {
        if (!await LoadAsync(receipt, ct))
        {
            return NotFound();
        }

        return await AfterAsync(receipt, await desk.MoveAsync(Application, to, message, ct), ct);
    }

    public async Task<IActionResult> OnPostCorrectionAsync(string receipt, string[]? fields, CancellationToken ct)
    {
        if (!await LoadAsync(receipt, ct) || Form is null)
        {
            return NotFound();
        }

        var known = Form.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var comments = (fields ?? []).Where(known.Contains).Distinct(StringComparer.Ordinal)
            .ToDictionary(f => f, f => Request.Form["comment-" + f].ToString() is { Length: > 0 } c ? c : "内容を確認して、修正してください。", StringComparer.Ordinal);
        return await AfterAsync(receipt, await desk.RequestCorrectionAsync(Application, comments, ct), ct);
    }

    public async Task<IActionResult> OnPostNoteAsync(string receipt, string? note, CancellationToken ct)
    {
        if (!await LoadAsync(receipt, ct))
        {
            return NotFound();
        }

        return await AfterAsync(receipt, await desk.AddNoteAsync(Application, note, isInternal: true, ct), ct);
    }

    public async Task<IActionResult> OnPostAssignAsync(string receipt, CancellationToken ct)
    {
        if (!await LoadAsync(receipt, ct))
        {
            return NotFound();
        }

        await desk.AssignToMeAsync(Application, ct);
        return Redirect($"/{CityCode}/staff/applications/{receipt}");
    }

    /// <summary>Back to the page after a change; a refusal is shown on the page itself with 422, and nothing changed.</summary>
    private async Task<IActionResult> AfterAsync(string receipt, Refusal? refusal, CancellationToken ct)
    {
        if (refusal is null)
        {
            return Redirect($"/{CityCode}/staff/applications/{receipt}");
        }

        Error = refusal.Message;
        await LoadAsync(receipt, ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string receipt, CancellationToken ct)
    {
        var application = await (await access.VisibleAsync(ct)).SingleOrDefaultAsync(a => a.ReceiptNumber == receipt, ct);
        if (application is null)
        {
            return false;
        }

        Application = application;
        Timeline = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == application.Id).OrderBy(e => e.AtUtc).ToListAsync(ct);
        Form = forms.Find(application.ProcedureCode);
        if (Form is not null && JsonNode.Parse(application.ValuesJson) is JsonObject values)
        {
            Values = new ValuesView(Form, values);
        }

        return true;
    }
}
