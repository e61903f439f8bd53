using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MachiDx.Platform;
using MachiDx.Platform.People;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Forms.Engine;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Applications.Apply;

/// <summary>
/// Filling in a form before it is submitted: the prefill (書かない: the last application's values, then the resident's
/// profile), and the draft that keeps what was typed and uploaded so the resident can stop and resume.
/// </summary>
public sealed class DraftDesk(ProceduresDbContext db, PeopleDirectory people, ApplicationFiles files, TimeProvider time)
{
    /// <summary>The draft column's size: only a hostile input exceeds it, as every field has a length limit.</summary>
    private const int MaxDraftJson = 64000;

    public Task<ApplicationDraft?> FindAsync(Guid userId, string code, CancellationToken ct) =>
        db.ApplicationDrafts.SingleOrDefaultAsync(d => d.UserId == userId && d.ProcedureCode == code, ct);

    /// <summary>What a new form starts with: the values of the resident's last application of it, then the profile.</summary>
    public async Task<Dictionary<string, IReadOnlyList<string>>> PrefillAsync(FormDefinition form, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var input = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var previous = await db.Applications.AsNoTracking()
            .Where(a => a.ApplicantId == userId && a.ProcedureCode == form.Procedure)
            .OrderByDescending(a => a.SubmittedAtUtc).Select(a => a.ValuesJson).FirstOrDefaultAsync(ct);
        if (previous is not null && JsonNode.Parse(previous) is JsonObject values)
        {
            foreach (var (key, value) in FormValues.ToInput(form, values))
            {
                input[key] = value;
            }
        }

        if (await people.ResidentAsync(userId, ct) is { } profile)
        {
            foreach (var field in form.Fields.Where(f => f.Prefill is not null))
            {
                var value = field.Prefill switch
                {
                    "profile.fullName" => profile.FullName,
                    "profile.fullNameKana" => profile.FullNameKana,
                    "profile.birthDate" => profile.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "profile.postalCode" => profile.PostalCode,
                    "profile.address" => profile.Address,
                    "profile.phone" => profile.Phone,
                    "profile.email" => profile.Email,
                    _ => null,
                };
                if (value is not null)
                {
                    input[field.Name] = [value];
                }
            }
        }

        return input;
    }

    /// <summary>The draft as form input, with its stored uploads attached.</summary>
    public async Task<FormInput> InputAsync(ApplicationDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new FormInput(FormValues.FromDraftJson(draft.InputJson), await files.DraftFilesAsync(draft, ct));
    }

    /// <summary>
    /// Saves what the resident posted (valid or not) over their draft, to resume later. Files chosen earlier stay with
    /// the draft unless a new one is posted for the same field; a newly posted file is kept only when it is valid.
    /// The evaluation covers the posted values with every file the draft then holds. Nothing is saved when the input
    /// is too large to keep (the field errors then say which field is too long).
    /// </summary>
    public async Task<DraftSave> SaveAsync(Guid userId, FormDefinition form, FormInput posted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(posted);
        var draft = await FindAsync(userId, form.Procedure, ct);
        var chosen = draft is null ? new Dictionary<string, UploadedFile>(StringComparer.Ordinal) : await files.DraftFilesAsync(draft, ct);
        var newlyPosted = posted.Files.Where(f => f.Value.Length > 0).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        foreach (var (path, file) in newlyPosted)
        {
            chosen[path] = file;
        }

        var evaluation = FormEvaluator.Evaluate(form, new FormInput(posted.Values, chosen), JapanTime.Today(time));
        var inputJson = FormValues.ToDraftJson(posted.Values);
        if (inputJson.Length > MaxDraftJson)
        {
            return new DraftSave(draft, evaluation, Saved: false);
        }

        if (draft is null)
        {
            draft = new ApplicationDraft { Id = Guid.CreateVersion7(), UserId = userId, ProcedureCode = form.Procedure, InputJson = "{}" };
            db.ApplicationDrafts.Add(draft);
        }

        var stored = ApplicationFiles.DraftFileIds(draft);
        foreach (var (path, file) in evaluation.Files.Where(f => newlyPosted.ContainsKey(f.Key)))
        {
            stored[path] = (await files.StoreAsync(userId, path, file, ct)).Id;
        }

        draft.InputJson = inputJson;
        draft.FilesJson = JsonSerializer.Serialize(stored);
        draft.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new DraftSave(draft, evaluation, Saved: true);
    }

    /// <summary>The field paths that have a stored upload in the draft.</summary>
    public static HashSet<string> StoredPaths(ApplicationDraft? draft) =>
        draft is null ? [] : [.. ApplicationFiles.DraftFileIds(draft).Keys];
}

/// <summary>The draft after a save (null when there was none and nothing could be saved), and the posted form's evaluation.</summary>
public sealed record DraftSave(ApplicationDraft? Draft, FormEvaluation Evaluation, bool Saved);
