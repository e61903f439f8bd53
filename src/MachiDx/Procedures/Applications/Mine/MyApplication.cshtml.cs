using System.Text.Json.Nodes;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Applications.Mine;

/// <summary>
/// One of the resident's own applications: receipt, timeline (internal notes never shown), values,
/// the 補正 form for exactly the fields staff flagged, and withdrawal. Another person's receipt number is a 404.
/// </summary>
[Authorize(Policy = Policies.Resident)]
[RequestFormLimits(MultipartBodyLengthLimit = 25 * 1024 * 1024)]
[RequestSizeLimit(26 * 1024 * 1024)]
public sealed class MyApplicationModel(ProceduresDbContext db, FormLibrary forms, ApplicantDesk desk, TenantContext tenant, CurrentActor actor) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public Application Application { get; private set; } = null!;

    public IReadOnlyList<ApplicationEvent> Timeline { get; private set; } = [];

    public ValuesView? Values { get; private set; }

    public FormView? CorrectionView { get; private set; }

    public IReadOnlyDictionary<string, string> CorrectionErrors { get; private set; } = new Dictionary<string, string>();

    [BindProperty(SupportsGet = true, Name = "submitted")]
    public bool Submitted { get; set; }

    public async Task<IActionResult> OnGetAsync(string receipt, CancellationToken ct) =>
        await LoadAsync(receipt, null, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostWithdrawAsync(string receipt, CancellationToken ct)
    {
        if (!await LoadAsync(receipt, null, ct))
        {
            return NotFound();
        }

        // A refused withdrawal (already closed) changes nothing; the page shows the status as it is.
        await desk.WithdrawAsync(Application, ct);
        return Redirect($"/{CityCode}/applications/{receipt}");
    }

    public async Task<IActionResult> OnPostCorrectAsync(string receipt, CancellationToken ct)
    {
        if (!await LoadAsync(receipt, null, ct) || forms.Find(Application.ProcedureCode) is not { } form)
        {
            return NotFound();
        }

        var submitted = FormInputReader.Read(Request.Form);
        if (await desk.CorrectAsync(Application, form, submitted, ct) is not { } refusal)
        {
            return Redirect($"/{CityCode}/applications/{receipt}");
        }

        await LoadAsync(receipt, (submitted, refusal.ErrorsByField()), ct);
        return Page();
    }

    private async Task<bool> LoadAsync(string receipt, (Forms.Engine.FormInput Input, IReadOnlyDictionary<string, string> Errors)? correction, CancellationToken ct)
    {
        var me = actor.UserId;
        var application = await db.Applications.SingleOrDefaultAsync(a => a.ReceiptNumber == receipt && a.ApplicantId == me, ct);
        if (application is null)
        {
            return false;
        }

        Application = application;
        Timeline = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == application.Id && !e.Internal).OrderBy(e => e.AtUtc).ToListAsync(ct);
        if (forms.Find(application.ProcedureCode) is { } form && JsonNode.Parse(application.ValuesJson) is JsonObject values)
        {
            Values = new ValuesView(form, values);
            if (application.Status == ApplicationStatus.CorrectionRequested)
            {
                var requested = application.RequestedCorrections().ToDictionary(c => c.Field, c => c.Comment, StringComparer.Ordinal);
                var input = correction?.Input.Values ?? FormValues.ToInput(form, values);
                CorrectionErrors = correction?.Errors ?? new Dictionary<string, string>();
                CorrectionView = new FormView(form, input, CorrectionErrors, Corrections: requested);
            }
        }

        return true;
    }
}
