using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Forms;
using MachiDx.Procedures.Forms.Engine;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Procedures.Applications.Apply;

/// <summary>Fill in an online form: prefilled, saved as a draft, validated on the server, then confirmed.</summary>
[Authorize(Policy = Policies.Resident)]
[RequestFormLimits(MultipartBodyLengthLimit = 25 * 1024 * 1024)]
[RequestSizeLimit(26 * 1024 * 1024)]
public sealed class ApplyModel(FormLibrary forms, DraftDesk drafts, TenantContext tenant, CurrentActor actor) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public FormDefinition Form { get; private set; } = null!;

    public FormView View { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool Saved { get; set; }

    public IReadOnlyList<(string Id, string Message)> ErrorList =>
        [.. View.Errors.Select(e => ("f-" + new string([.. e.Key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]), e.Value))];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (forms.Find(code) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        var draft = await drafts.FindAsync(actor.UserId!.Value, code, ct);
        var input = draft is not null ? FormValues.FromDraftJson(draft.InputJson) : await drafts.PrefillAsync(form, actor.UserId!.Value, ct);
        View = new FormView(form, input, new Dictionary<string, string>(), StoredFiles: DraftDesk.StoredPaths(draft));
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string code, CancellationToken ct)
    {
        if (forms.Find(code) is not { } form)
        {
            return NotFound();
        }

        var posted = FormInputReader.Read(Request.Form);
        var save = await drafts.SaveAsync(actor.UserId!.Value, form, posted, ct);
        if (!save.Saved)
        {
            // Too large to keep: nothing is saved, and the field errors say what to shorten.
            Form = form;
            View = new FormView(form, posted.Values, save.Evaluation.Errors, StoredFiles: DraftDesk.StoredPaths(save.Draft));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        return Redirect($"/{CityCode}/apply/{code}?saved=true");
    }

    public async Task<IActionResult> OnPostAddRowAsync(string code, string? group, CancellationToken ct)
    {
        if (forms.Find(code) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        var input = FormInputReader.Read(Request.Form);
        var draft = await drafts.FindAsync(actor.UserId!.Value, code, ct);
        var extra = form.Fields.Any(f => f.Type == FieldType.Group && f.Name == group)
            ? new Dictionary<string, int> { [group!] = 1 }
            : null;
        View = new FormView(form, input.Values, new Dictionary<string, string>(), extra, StoredFiles: DraftDesk.StoredPaths(draft));
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(string code, CancellationToken ct)
    {
        if (forms.Find(code) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        var posted = FormInputReader.Read(Request.Form);
        var save = await drafts.SaveAsync(actor.UserId!.Value, form, posted, ct);
        if (!save.Evaluation.IsValid)
        {
            View = new FormView(form, posted.Values, save.Evaluation.Errors, StoredFiles: DraftDesk.StoredPaths(save.Draft));
            return Page();
        }

        return Redirect($"/{CityCode}/apply/{code}/confirm");
    }
}
