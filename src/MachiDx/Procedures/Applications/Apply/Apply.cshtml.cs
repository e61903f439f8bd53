using MachiDx.Platform;
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
public sealed class ApplyModel(FormLibrary forms, ApplicationDesk desk, TenantContext tenant, CurrentActor actor, TimeProvider time) : PageModel
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
        var draft = await desk.DraftAsync(actor.UserId!.Value, code, ct);
        var input = draft is not null ? FormValues.FromDraftJson(draft.InputJson) : await desk.PrefillAsync(form, actor.UserId!.Value, ct);
        View = new FormView(form, input, new Dictionary<string, string>(), StoredFiles: StoredPaths(draft));
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string code, CancellationToken ct)
    {
        if (forms.Find(code) is not { } form)
        {
            return NotFound();
        }

        var input = FormInputReader.Read(Request.Form);
        var evaluation = FormEvaluator.Evaluate(form, input, JapanTime.Today(time));
        if (await desk.SaveDraftAsync(actor.UserId!.Value, code, input, evaluation.Files, ct) is null)
        {
            // Too large to keep: nothing is saved, and the field errors say what to shorten.
            Form = form;
            View = new FormView(form, input.Values, evaluation.Errors, StoredFiles: StoredPaths(await desk.DraftAsync(actor.UserId!.Value, code, ct)));
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
        var draft = await desk.DraftAsync(actor.UserId!.Value, code, ct);
        var extra = form.Fields.Any(f => f.Type == FieldType.Group && f.Name == group)
            ? new Dictionary<string, int> { [group!] = 1 }
            : null;
        View = new FormView(form, input.Values, new Dictionary<string, string>(), extra, StoredFiles: StoredPaths(draft));
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
        var existing = await desk.DraftAsync(actor.UserId!.Value, code, ct);
        // Files chosen earlier stay with the draft unless a new one is posted for the same field.
        var previousFiles = existing is null ? null : await desk.DraftInputAsync(existing, ct);
        var files = new Dictionary<string, UploadedFile>(previousFiles?.Files ?? new Dictionary<string, UploadedFile>(), StringComparer.Ordinal);
        foreach (var (path, file) in posted.Files.Where(f => f.Value.Length > 0))
        {
            files[path] = file;
        }

        var input = new FormInput(posted.Values, files);
        var evaluation = FormEvaluator.Evaluate(form, input, JapanTime.Today(time));
        var newValidFiles = evaluation.Files.Where(f => posted.Files.ContainsKey(f.Key) && posted.Files[f.Key].Length > 0)
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var draft = await desk.SaveDraftAsync(actor.UserId!.Value, code, posted, newValidFiles, ct) ?? await desk.DraftAsync(actor.UserId!.Value, code, ct);
        if (!evaluation.IsValid)
        {
            View = new FormView(form, posted.Values, evaluation.Errors, StoredFiles: StoredPaths(draft));
            return Page();
        }

        return Redirect($"/{CityCode}/apply/{code}/confirm");
    }

    private static HashSet<string> StoredPaths(ApplicationDraft? draft) =>
        draft is null ? [] : [.. (System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, Guid>>(draft.FilesJson) ?? []).Keys];
}
