using System.Globalization;
using System.Text.Json.Nodes;
using MachiDx.Platform;
using MachiDx.Platform.Identity;
using MachiDx.Platform.People;
using MachiDx.Platform.Rules;
using MachiDx.Procedures.Catalogue;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Forms;
using MachiDx.Procedures.Forms.Engine;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Applications.Confirm;

/// <summary>
/// Turns a resident's draft into an application: evaluated once more on the server, a receipt number from the
/// municipality's counter row, a booked slot kept within its capacity, the draft's uploads moved to the application.
/// </summary>
public sealed class SubmitDesk(ProceduresDbContext db, PeopleDirectory people, ApplicationFiles files, CurrentActor actor, TimeProvider time)
{
    /// <summary>Used when a procedure has no 標準処理期間 of its own.</summary>
    public const int DefaultProcessingDays = 14;

    /// <summary>The draft's values with its stored uploads, evaluated as the confirmation page shows them.</summary>
    public async Task<FormEvaluation> EvaluateAsync(FormDefinition form, ApplicationDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(draft);
        var input = new FormInput(FormValues.FromDraftJson(draft.InputJson), await files.DraftFilesAsync(draft, ct));
        return FormEvaluator.Evaluate(form, input, JapanTime.Today(time));
    }

    /// <summary>
    /// Submits the draft. Refused with the form's field errors when it is not valid, with a conflict on the slot's
    /// field when the slot is full, and as not found when the draft was submitted a moment ago (another tab).
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(Guid userId, CityProcedure procedure, FormDefinition form, ApplicationDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var evaluation = await EvaluateAsync(form, draft, ct);
        if (!evaluation.IsValid)
        {
            return new SubmitOutcome(null, evaluation, Refusal.InvalidFields(evaluation.Errors));
        }

        var profile = await people.ResidentAsync(userId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var prefix = JapanTime.ToJst(now).Year.ToString(CultureInfo.InvariantCulture) + "-";
        await EnsureReceiptCounterAsync(prefix, ct);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async token =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(token);

                // The next number is taken by an atomic increment of the counter row, which stays locked until this
                // transaction ends: concurrent submissions of the municipality wait here, get consecutive numbers,
                // and a rolled-back one leaves no gap. Holding that lock, the slot count below sees every submission
                // committed before it on any node and none can commit between the count and the insert.
                await db.ReceiptCounters.Where(c => c.Prefix == prefix).ExecuteUpdateAsync(c => c.SetProperty(x => x.Last, x => x.Last + 1), token);
                var capacityKey = form.Capacity is not null ? CapacityKey(form, evaluation.Values) : null;
                if (capacityKey is not null && await SlotTakenAsync(capacityKey, token) >= form.Capacity!.Limit)
                {
                    await tx.RollbackAsync(token);
                    return new SubmitOutcome(null, evaluation, Refusal.Conflict(form.Capacity.Message, form.Capacity.ErrorField));
                }

                var issued = await db.ReceiptCounters.AsNoTracking().Where(c => c.Prefix == prefix).Select(c => c.Last).SingleAsync(token);
                var application = New(procedure, form, evaluation.Values, userId, profile?.FullName ?? actor.Name, now);
                application.ReceiptNumber = prefix + issued.ToString("000000", CultureInfo.InvariantCulture);
                application.CapacityKey = capacityKey;
                application.Submitted(new ApplicationActor(userId, application.ApplicantName), now);
                db.Applications.Add(application);
                db.ApplicationEvents.AddRange(application.TakeTimeline());
                await files.AttachDraftFilesAsync(draft, application.Id, token);
                db.ApplicationDrafts.Remove(draft);
                await db.SaveChangesAsync(token);
                await tx.CommitAsync(token);
                return new SubmitOutcome(application, evaluation, null);
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The draft was submitted by another request at the same moment (a second tab): that one is the
            // application; this one rolled back, its receipt number included.
            db.ChangeTracker.Clear();
            return new SubmitOutcome(null, evaluation, Refusal.NotFound("送信前の申請"));
        }
    }

    private Application New(CityProcedure procedure, FormDefinition form, JsonObject values, Guid userId, string applicantName, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(time.GetUtcNow()),
        ReceiptNumber = "",
        ProcedureCode = procedure.Code,
        ProcedureName = procedure.Name,
        Department = procedure.Department,
        ApplicantId = userId,
        ApplicantName = applicantName,
        Status = ApplicationStatus.Submitted,
        ValuesJson = values.ToJsonString(FormValues.StorageJson),
        FeeYen = FormLibrary.FeeFor(form, values),
        SubmittedAtUtc = now,
        DueDate = JapanTime.Today(time).AddDays(procedure.StandardProcessingDays ?? DefaultProcessingDays),
        UpdatedAtUtc = now,
    };

    private Task<int> SlotTakenAsync(string capacityKey, CancellationToken ct) =>
        db.Applications.CountAsync(a => a.CapacityKey == capacityKey
            && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Withdrawn, ct);

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

    private static string CapacityKey(FormDefinition form, JsonObject values) =>
        form.Procedure + "|" + string.Join('|', form.Capacity!.KeyFields.Select(f => values[f]?.ToString() ?? ""));
}

/// <summary>The application when submitted; otherwise why not. The evaluation is the one the page shows either way.</summary>
public sealed record SubmitOutcome(Application? Application, FormEvaluation Evaluation, Refusal? Refusal);
