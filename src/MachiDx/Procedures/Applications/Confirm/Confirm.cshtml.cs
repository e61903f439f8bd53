using System.Text.Json.Nodes;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Rules;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Applications.Apply;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Forms;
using MachiDx.Procedures.Forms.Engine;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Applications.Confirm;

/// <summary>Shows the evaluated values and fee; submitting re-evaluates the saved draft on the server.</summary>
[Authorize(Policy = Policies.Resident)]
public sealed class ConfirmModel(FormLibrary forms, DraftDesk drafts, SubmitDesk desk, ProceduresDbContext db, TenantContext tenant, CurrentActor actor) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public FormDefinition Form { get; private set; } = null!;

    public ValuesView Values { get; private set; } = null!;

    public long FeeYen { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (forms.Find(code) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        if (await drafts.FindAsync(actor.UserId!.Value, code, ct) is not { } draft)
        {
            return Redirect($"/{CityCode}/apply/{code}");
        }

        var evaluation = await desk.EvaluateAsync(form, draft, ct);
        if (!evaluation.IsValid)
        {
            return Redirect($"/{CityCode}/apply/{code}");
        }

        Show(form, evaluation.Values);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (forms.Find(code) is not { } form
            || await db.CityProcedures.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct) is not { } procedure)
        {
            return NotFound();
        }

        Form = form;
        if (await drafts.FindAsync(actor.UserId!.Value, code, ct) is not { } draft)
        {
            return Redirect($"/{CityCode}/apply/{code}");
        }

        var outcome = await desk.SubmitAsync(actor.UserId!.Value, procedure, form, draft, ct);
        if (outcome.Application is { } application)
        {
            return Redirect($"/{CityCode}/applications/{application.ReceiptNumber}?submitted=true");
        }

        if (outcome.Refusal is { Kind: RefusalKind.NotFound })
        {
            // Submitted a moment ago from another tab: the resident's applications show it.
            return Redirect($"/{CityCode}/applications");
        }

        Show(form, outcome.Evaluation.Values);
        Errors = outcome.Refusal!.ErrorsByField();
        return Page();
    }

    private void Show(FormDefinition form, JsonObject values)
    {
        Values = new ValuesView(form, values);
        FeeYen = FormLibrary.FeeFor(form, values);
    }
}
