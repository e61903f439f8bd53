using System.Text.Json.Nodes;
using MachiDx.Platform;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Rules;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Forms.Engine;

namespace MachiDx.Procedures.Applications.Mine;

/// <summary>What the applicant does with a submitted application (the page and the API alike): 取下げ and answering a 補正 request.</summary>
public sealed class ApplicantDesk(ProceduresDbContext db, ApplicationFiles files, AuditTrail audit, CurrentActor actor, TimeProvider time)
{
    public async Task<Refusal?> WithdrawAsync(Application application, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.Withdraw(ApplicationActor.Of(actor), time.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return refusal;
        }

        db.ApplicationEvents.AddRange(application.TakeTimeline());
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// The resident's answer to a correction request: only the requested fields are taken from the submission;
    /// everything else keeps its stored value. The merged form is re-evaluated in full; its field errors refuse it.
    /// </summary>
    public async Task<Refusal?> CorrectAsync(Application application, FormDefinition form, FormInput submitted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(submitted);
        if (application.MayCorrect() is { } closed)
        {
            return closed;
        }

        var requested = application.RequestedCorrections().Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
        bool IsRequested(string path) => requested.Any(r => path == r || path.StartsWith(r + "[", StringComparison.Ordinal));
        var stored = (JsonObject)JsonNode.Parse(application.ValuesJson)!;
        var merged = FormValues.ToInput(form, stored);
        foreach (var key in merged.Keys.Where(IsRequested).ToList())
        {
            merged.Remove(key);
        }

        foreach (var (key, value) in submitted.Values.Where(v => IsRequested(v.Key)))
        {
            merged[key] = value;
        }

        // Replacement files are taken for flagged file fields only; an unflagged file field keeps its stored file,
        // so its "required" error (no upload in this request) does not count.
        var replacements = submitted.Files.Where(f => IsRequested(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var evaluation = FormEvaluator.Evaluate(form, new FormInput(merged, replacements), JapanTime.Today(time));
        var keptFiles = form.Fields.Where(f => f.Type == FieldType.File && !requested.Contains(f.Name) && stored[f.Name] is not null)
            .Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var errors = evaluation.Errors.Where(e => !keptFiles.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        if (errors.Count > 0)
        {
            return Refusal.InvalidFields(errors);
        }

        // Keep attachments that were not part of the correction.
        foreach (var field in form.Fields.Where(f => f.Type == FieldType.File && stored[f.Name] is not null && evaluation.Values[f.Name] is null))
        {
            evaluation.Values[field.Name] = stored[field.Name]!.DeepClone();
        }

        // A replacement is stored as a new file; the one it replaces stays stored (and attached) for the audit trail.
        foreach (var (path, file) in evaluation.Files.Where(f => replacements.ContainsKey(f.Key)))
        {
            var row = await files.StoreAsync(application.ApplicantId, path, file, ct);
            row.ApplicationId = application.Id;
            if (evaluation.Values[path] is JsonObject value)
            {
                value["storedFileId"] = row.Id.ToString();
            }

            audit.Record(db, "Application.FileReplaced", nameof(Application), application.ReceiptNumber, new { field = path, file = row.Id });
        }

        application.Correct(evaluation.Values.ToJsonString(FormValues.StorageJson), ApplicationActor.Of(actor), time.GetUtcNow().UtcDateTime);
        db.ApplicationEvents.AddRange(application.TakeTimeline());
        await db.SaveChangesAsync(ct);
        return null;
    }
}
