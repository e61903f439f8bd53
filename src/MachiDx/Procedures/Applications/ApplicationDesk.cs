using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MachiDx.Platform;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Files;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.People;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Catalogue;
using MachiDx.Procedures.Contracts;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Forms.Engine;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Applications;

/// <summary>
/// The rules of online applications: prefill (書かない), drafts, submission with receipt numbers and
/// slot capacity, staff transitions (audited), per-field corrections (補正), withdrawal, and the
/// ApplicationCompleted event.
/// </summary>
public sealed class ApplicationDesk(
    ProceduresDbContext db, TenantContext tenant, PeopleDirectory people, IBlobStore blobs,
    AuditTrail audit, Outbox outbox, CurrentActor actor, TimeProvider time)
{
    /// <summary>Used when a procedure has no 標準処理期間 of its own.</summary>
    public const int DefaultProcessingDays = 14;

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

    public Task<ApplicationDraft?> DraftAsync(Guid userId, string code, CancellationToken ct) =>
        db.ApplicationDrafts.SingleOrDefaultAsync(d => d.UserId == userId && d.ProcedureCode == code, ct);

    /// <summary>The draft column's size: only a hostile input exceeds it, as every field has a length limit.</summary>
    private const int MaxDraftJson = 64000;

    /// <summary>
    /// Saves what the resident typed (valid or not) and any valid uploads, to resume later. Returns null and saves
    /// nothing when the input is too large to keep (the form's field errors then say which field is too long).
    /// </summary>
    public async Task<ApplicationDraft?> SaveDraftAsync(Guid userId, string code, FormInput input, IReadOnlyDictionary<string, UploadedFile> validFiles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(validFiles);
        var inputJson = FormValues.ToDraftJson(input.Values);
        if (inputJson.Length > MaxDraftJson)
        {
            return null;
        }

        var draft = await DraftAsync(userId, code, ct);
        if (draft is null)
        {
            draft = new ApplicationDraft { Id = Guid.CreateVersion7(), UserId = userId, ProcedureCode = code, InputJson = "{}" };
            db.ApplicationDrafts.Add(draft);
        }

        var stored = JsonSerializer.Deserialize<Dictionary<string, Guid>>(draft.FilesJson) ?? [];
        foreach (var (path, file) in validFiles)
        {
            stored[path] = await StoreAsync(userId, path, file, ct);
        }

        draft.InputJson = inputJson;
        draft.FilesJson = JsonSerializer.Serialize(stored);
        draft.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return draft;
    }

    /// <summary>The draft as form input, with its stored uploads attached.</summary>
    public async Task<FormInput> DraftInputAsync(ApplicationDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var ids = (JsonSerializer.Deserialize<Dictionary<string, Guid>>(draft.FilesJson) ?? []);
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        foreach (var (path, id) in ids)
        {
            if (await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.OwnerId == draft.UserId, ct) is { } file)
            {
                files[path] = new UploadedFile(file.FileName, file.ContentType, file.Length,
                    () => blobs.OpenAsync(file.StorageKey, CancellationToken.None).GetAwaiter().GetResult() ?? Stream.Null);
            }
        }

        return new FormInput(FormValues.FromDraftJson(draft.InputJson), files);
    }

    public async Task<SubmitOutcome> SubmitAsync(Guid userId, CityProcedure procedure, FormDefinition form, ApplicationDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(draft);
        var input = await DraftInputAsync(draft, ct);
        var today = JapanTime.Today(time);
        var evaluation = FormEvaluator.Evaluate(form, input, today);
        if (!evaluation.IsValid)
        {
            return new SubmitOutcome(null, evaluation.Errors);
        }

        var profile = await people.ResidentAsync(userId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var capacityKey = form.Capacity is { } capacity ? CapacityKey(form, evaluation.Values) : null;
        var prefix = JapanTime.ToJst(now).Year.ToString(CultureInfo.InvariantCulture) + "-";
        await EnsureReceiptCounterAsync(prefix, ct);

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await SubmitInTransactionAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // The draft was submitted by another request at the same moment (a second tab): that one is the
            // application; this one rolled back, its receipt number included. The caller finds the draft gone.
            db.ChangeTracker.Clear();
            return new SubmitOutcome(null, new Dictionary<string, string>());
        }

        Task<SubmitOutcome> SubmitInTransactionAsync() => strategy.ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            if (capacityKey is not null)
            {
                if (db.Database.IsNpgsql())
                {
                    var key = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("slot/" + tenant.Required.Id + "/" + capacityKey)));
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", token);
                }

                var taken = await db.Applications.CountAsync(a => a.CapacityKey == capacityKey
                    && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Withdrawn, token);
                if (taken >= form.Capacity!.Limit)
                {
                    await tx.RollbackAsync(token);
                    return new SubmitOutcome(null, new Dictionary<string, string> { [form.Capacity.ErrorField] = form.Capacity.Message });
                }
            }

            // The next number is taken by an atomic increment of the counter row, which stays locked until this
            // transaction ends: concurrent submissions get consecutive numbers, and a rolled-back one leaves no gap.
            await db.ReceiptCounters.Where(c => c.Prefix == prefix).ExecuteUpdateAsync(c => c.SetProperty(x => x.Last, x => x.Last + 1), token);
            var issued = await db.ReceiptCounters.AsNoTracking().Where(c => c.Prefix == prefix).Select(c => c.Last).SingleAsync(token);
            var application = new Application
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()),
                ReceiptNumber = prefix + issued.ToString("000000", CultureInfo.InvariantCulture),
                ProcedureCode = procedure.Code,
                ProcedureName = procedure.Name,
                Department = procedure.Department,
                ApplicantId = userId,
                ApplicantName = profile?.FullName ?? actor.Name,
                Status = ApplicationStatus.Submitted,
                ValuesJson = evaluation.Values.ToJsonString(FormValues.StorageJson),
                FeeYen = Forms.FormLibrary.FeeFor(form, evaluation.Values),
                CapacityKey = capacityKey,
                SubmittedAtUtc = now,
                DueDate = today.AddDays(procedure.StandardProcessingDays ?? DefaultProcessingDays),
                UpdatedAtUtc = now,
            };
            db.Applications.Add(application);
            await AttachDraftFilesAsync(draft, application.Id, token);
            db.ApplicationDrafts.Remove(draft);
            AddEvent(application, ApplicationEvent.StatusChanged, ApplicationStatus.Submitted, "オンラインで申請しました。", false, userId, application.ApplicantName);
            await db.SaveChangesAsync(token);
            await tx.CommitAsync(token);
            return new SubmitOutcome(application, new Dictionary<string, string>());
        }, ct);
    }

    /// <summary>
    /// Creates the municipality's counter for the year on its first submission, continuing from the highest number
    /// already issued under the prefix. Two first submissions may race here: the unique index keeps one row.
    /// </summary>
    private async Task EnsureReceiptCounterAsync(string prefix, CancellationToken ct)
    {
        if (await db.ReceiptCounters.AnyAsync(c => c.Prefix == prefix, ct))
        {
            return;
        }

        var highest = await db.Applications.Where(a => a.ReceiptNumber.StartsWith(prefix))
            .OrderByDescending(a => a.ReceiptNumber).Select(a => a.ReceiptNumber).FirstOrDefaultAsync(ct);
        var last = highest is not null && int.TryParse(highest.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var counter = new ReceiptCounter { Id = Guid.CreateVersion7(), Prefix = prefix, Last = last };
        db.ReceiptCounters.Add(counter);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another submission created it first; that row is the one to count on.
            db.Entry(counter).State = EntityState.Detached;
        }
    }

    /// <summary>A staff transition. Returns a Japanese error when the move is not allowed from the current status.</summary>
    public async Task<string?> MoveAsync(Application application, ApplicationStatus to, string? message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (!ApplicationWorkflow.StaffMay(application.Status, to))
        {
            return $"「{ApplicationWorkflow.Label(application.Status)}」の申請を「{ApplicationWorkflow.Label(to)}」にすることはできません。";
        }

        if (to == ApplicationStatus.Rejected && string.IsNullOrWhiteSpace(message))
        {
            return "却下する理由を入力してください。";
        }

        if (message?.Length > MaxMessageLength)
        {
            return TooLong("申請者へのメッセージ");
        }

        var from = application.Status;
        var now = time.GetUtcNow().UtcDateTime;
        application.Status = to;
        application.UpdatedAtUtc = now;
        application.Version++;
        if (to == ApplicationStatus.Completed)
        {
            application.CompletedAtUtc = now;
            outbox.Publish(db, new ApplicationCompleted(application.MunicipalityId, application.Id, application.ReceiptNumber,
                application.ProcedureCode, application.ProcedureName, application.ApplicantId, application.SubmittedAtUtc, now));
        }

        AddEvent(application, ApplicationEvent.StatusChanged, to, Clean(message), false, actor.UserId, actor.Name);
        Notify(application, to, Clean(message));
        audit.Record(db, "Application.StatusChanged", nameof(Application), application.ReceiptNumber, new { from = from.ToString(), to = to.ToString() });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Asks the resident to correct specific fields, each with a comment (補正依頼).</summary>
    public async Task<string?> RequestCorrectionAsync(Application application, IReadOnlyDictionary<string, string> comments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(comments);
        if (comments.Count == 0)
        {
            return "補正を依頼する項目を1つ以上選び、内容を入力してください。";
        }

        if (comments.Values.Any(c => c.Length > MaxMessageLength))
        {
            return TooLong("補正の内容");
        }

        if (!ApplicationWorkflow.StaffMay(application.Status, ApplicationStatus.CorrectionRequested))
        {
            return $"「{ApplicationWorkflow.Label(application.Status)}」の申請には補正を依頼できません。";
        }

        application.CorrectionJson = JsonSerializer.Serialize(comments.Select(c => new CorrectionItem(c.Key, Clean(c.Value) ?? "")).ToList(), FormValues.StorageJson);
        application.Status = ApplicationStatus.CorrectionRequested;
        application.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        application.Version++;
        AddEvent(application, ApplicationEvent.CorrectionRequested, ApplicationStatus.CorrectionRequested,
            string.Join(" ／ ", comments.Values.Select(Clean)), false, actor.UserId, actor.Name);
        Notify(application, ApplicationStatus.CorrectionRequested, string.Join("\n", comments.Values.Select(Clean)));
        audit.Record(db, "Application.CorrectionRequested", nameof(Application), application.ReceiptNumber, new { fields = comments.Keys });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static IReadOnlyList<CorrectionItem> Corrections(Application application) =>
        JsonSerializer.Deserialize<List<CorrectionItem>>(application?.CorrectionJson ?? "[]") ?? [];

    /// <summary>
    /// The resident's answer to a correction request: only the requested fields are taken from the
    /// submission; everything else keeps its stored value. The merged form is re-evaluated in full.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> SubmitCorrectionAsync(Application application, FormDefinition form, FormInput submitted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(submitted);
        if (application.Status != ApplicationStatus.CorrectionRequested)
        {
            return new Dictionary<string, string> { [""] = "この申請は現在、補正を受け付けていません。" };
        }

        var requested = Corrections(application).Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
        var stored = (JsonObject)JsonNode.Parse(application.ValuesJson)!;
        var merged = FormValues.ToInput(form, stored);
        foreach (var field in requested)
        {
            merged.Remove(field);
            foreach (var key in merged.Keys.Where(k => k.StartsWith(field + "[", StringComparison.Ordinal)).ToList())
            {
                merged.Remove(key);
            }
        }

        foreach (var (key, value) in submitted.Values.Where(v => requested.Any(r => v.Key == r || v.Key.StartsWith(r + "[", StringComparison.Ordinal))))
        {
            merged[key] = value;
        }

        // Replacement files are taken for flagged file fields only; an unflagged file field keeps its stored file,
        // so its "required" error (no upload in this request) does not count.
        var files = submitted.Files
            .Where(f => requested.Any(r => f.Key == r || f.Key.StartsWith(r + "[", StringComparison.Ordinal)))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var evaluation = FormEvaluator.Evaluate(form, new FormInput(merged, files), JapanTime.Today(time));
        var keptFiles = form.Fields.Where(f => f.Type == FieldType.File && !requested.Contains(f.Name) && stored[f.Name] is not null)
            .Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var errors = evaluation.Errors.Where(e => !keptFiles.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        if (errors.Count > 0)
        {
            return errors;
        }

        // Keep attachments that were not part of the correction.
        foreach (var field in form.Fields.Where(f => f.Type == FieldType.File && stored[f.Name] is not null && evaluation.Values[f.Name] is null))
        {
            evaluation.Values[field.Name] = stored[field.Name]!.DeepClone();
        }

        // A replacement is stored as a new file; the one it replaces stays stored (and attached) for the audit trail.
        foreach (var (path, file) in evaluation.Files.Where(f => files.ContainsKey(f.Key)))
        {
            var id = await StoreAsync(application.ApplicantId, path, file, ct);
            db.StoredFiles.Local.Single(f => f.Id == id).ApplicationId = application.Id;
            if (evaluation.Values[path] is JsonObject value)
            {
                value["storedFileId"] = id.ToString();
            }

            audit.Record(db, "Application.FileReplaced", nameof(Application), application.ReceiptNumber, new { field = path, file = id });
        }

        application.ValuesJson = evaluation.Values.ToJsonString(FormValues.StorageJson);
        application.CorrectionJson = "[]";
        application.Status = ApplicationStatus.UnderReview;
        application.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        application.Version++;
        AddEvent(application, ApplicationEvent.Corrected, ApplicationStatus.UnderReview, "補正した内容を送信しました。", false, actor.UserId, actor.Name);
        await db.SaveChangesAsync(ct);
        return new Dictionary<string, string>();
    }

    public async Task<string?> WithdrawAsync(Application application, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (!ApplicationWorkflow.ResidentMayWithdraw(application.Status))
        {
            return $"「{ApplicationWorkflow.Label(application.Status)}」の申請は取り下げられません。";
        }

        application.Status = ApplicationStatus.Withdrawn;
        application.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        application.Version++;
        AddEvent(application, ApplicationEvent.StatusChanged, ApplicationStatus.Withdrawn, "申請を取り下げました。", false, actor.UserId, actor.Name);
        await db.SaveChangesAsync(ct);
        return null;
    }

    // The applicant's e-mail goes out through the outbox after this change commits.
    private void Notify(Application application, ApplicationStatus status, string? message)
    {
        if (Notices.ApplicationNoticeDue.Notifies(status))
        {
            outbox.Publish(db, new Notices.ApplicationNoticeDue(application.MunicipalityId, application.Id, application.ReceiptNumber,
                application.ProcedureName, application.ApplicantId, status, message));
        }
    }

    /// <summary>Messages to the applicant, correction comments and notes: the same limit as the API's.</summary>
    public const int MaxMessageLength = 1000;

    public static string TooLong(string what) => $"{what}は{MaxMessageLength}文字以内で入力してください。";

    /// <summary>Adds a note; returns a Japanese error (and adds nothing) when it is empty or too long.</summary>
    public async Task<string?> AddNoteAsync(Application application, string? text, bool isInternal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (string.IsNullOrWhiteSpace(text))
        {
            return "メモの内容を入力してください。";
        }

        if (text.Length > MaxMessageLength)
        {
            return TooLong("メモ");
        }

        AddEvent(application, ApplicationEvent.Note, null, Clean(text), isInternal, actor.UserId, actor.Name);
        audit.Record(db, "Application.NoteAdded", nameof(Application), application.ReceiptNumber, new { isInternal });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// Makes the caller the assignee. Already theirs is not a change (a double click, two tabs): nothing is recorded.
    /// Copies that loaded the application before the first one saved conflict on its version and are told.
    /// </summary>
    public async Task AssignToMeAsync(Application application, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.AssigneeId == actor.UserId)
        {
            return;
        }

        application.AssigneeId = actor.UserId;
        application.AssigneeName = actor.Name;
        application.Version++;
        AddEvent(application, ApplicationEvent.Assigned, null, actor.Name + "が担当になりました。", true, actor.UserId, actor.Name);
        audit.Record(db, "Application.Assigned", nameof(Application), application.ReceiptNumber, new { assignee = actor.Name });
        await db.SaveChangesAsync(ct);
    }

    private async Task<Guid> StoreAsync(Guid userId, string path, UploadedFile file, CancellationToken ct)
    {
        await using var content = file.Open();
        var key = await blobs.SaveAsync(tenant.Required.Id, content, ct);
        var stored = new StoredFile
        {
            Id = Guid.CreateVersion7(),
            OwnerId = userId,
            FieldPath = path,
            FileName = FormEvaluator.SafeFileName(file.FileName),
            ContentType = file.ContentType,
            Length = file.Length,
            StorageKey = key,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        db.StoredFiles.Add(stored);
        return stored.Id;
    }

    private async Task AttachDraftFilesAsync(ApplicationDraft draft, Guid applicationId, CancellationToken ct)
    {
        var ids = (JsonSerializer.Deserialize<Dictionary<string, Guid>>(draft.FilesJson) ?? []).Values.ToList();
        foreach (var file in await db.StoredFiles.Where(f => ids.Contains(f.Id)).ToListAsync(ct))
        {
            file.ApplicationId = applicationId;
        }
    }

    private void AddEvent(Application application, string kind, ApplicationStatus? to, string? message, bool isInternal, Guid? actorId, string actorName) =>
        db.ApplicationEvents.Add(new ApplicationEvent
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = application.Id,
            AtUtc = time.GetUtcNow().UtcDateTime,
            Kind = kind,
            ToStatus = to,
            Message = message,
            Internal = isInternal,
            ActorId = actorId,
            ActorName = actorName,
        });

    private static string? Clean(string? text)
    {
        var normalized = FormEvaluator.Normalize(text);
        return normalized.Length == 0 ? null : normalized[..Math.Min(normalized.Length, 1000)];
    }

    private static string CapacityKey(FormDefinition form, JsonObject values) =>
        form.Procedure + "|" + string.Join('|', form.Capacity!.KeyFields.Select(f => values[f]?.ToString() ?? ""));
}

public sealed record SubmitOutcome(Application? Application, IReadOnlyDictionary<string, string> Errors);

public sealed record CorrectionItem(string Field, string Comment);
