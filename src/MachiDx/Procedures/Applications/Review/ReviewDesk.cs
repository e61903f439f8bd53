using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.Rules;
using MachiDx.Procedures.Applications.Notices;
using MachiDx.Procedures.Contracts;
using MachiDx.Procedures.Data;

namespace MachiDx.Procedures.Applications.Review;

/// <summary>
/// What staff do with an application of their department (the page and the API alike): status moves, 補正 requests,
/// notes and assignment. Each is audited; the applicant's e-mail and the ApplicationCompleted event go out through
/// the outbox in the same save, so they are sent only when the change commits.
/// </summary>
public sealed class ReviewDesk(ProceduresDbContext db, AuditTrail audit, Outbox outbox, CurrentActor actor, TimeProvider time)
{
    public async Task<Refusal?> MoveAsync(Application application, ApplicationStatus to, string? message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        var from = application.Status;
        var now = time.GetUtcNow().UtcDateTime;
        if (application.MoveTo(to, message, ApplicationActor.Of(actor), now) is { } refusal)
        {
            return refusal;
        }

        if (to == ApplicationStatus.Completed)
        {
            outbox.Publish(db, new ApplicationCompleted(application.MunicipalityId, application.Id, application.ReceiptNumber,
                application.ProcedureCode, application.ProcedureName, application.ApplicantId, application.SubmittedAtUtc, now));
        }

        Notify(application, to, ApplicationText.Clean(message));
        audit.Record(db, "Application.StatusChanged", nameof(Application), application.ReceiptNumber, new { from = from.ToString(), to = to.ToString() });
        return await SaveAsync(application, ct);
    }

    public async Task<Refusal?> RequestCorrectionAsync(Application application, IReadOnlyDictionary<string, string> comments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(comments);
        if (application.RequestCorrection(comments, ApplicationActor.Of(actor), time.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return refusal;
        }

        Notify(application, ApplicationStatus.CorrectionRequested, string.Join("\n", comments.Values.Select(ApplicationText.Clean)));
        audit.Record(db, "Application.CorrectionRequested", nameof(Application), application.ReceiptNumber, new { fields = comments.Keys });
        return await SaveAsync(application, ct);
    }

    /// <summary>Adds a note to the timeline (internal ones are for staff only).</summary>
    public async Task<Refusal?> AddNoteAsync(Application application, string? text, bool isInternal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.AddNote(text, isInternal, ApplicationActor.Of(actor), time.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return refusal;
        }

        audit.Record(db, "Application.NoteAdded", nameof(Application), application.ReceiptNumber, new { isInternal });
        return await SaveAsync(application, ct);
    }

    /// <summary>
    /// Makes the caller the assignee. Already theirs records nothing; copies that loaded the application before the
    /// first one saved conflict on its version (the 409 page says so).
    /// </summary>
    public async Task AssignToMeAsync(Application application, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.AssignTo(ApplicationActor.Of(actor), time.GetUtcNow().UtcDateTime))
        {
            audit.Record(db, "Application.Assigned", nameof(Application), application.ReceiptNumber, new { assignee = actor.Name });
            await SaveAsync(application, ct);
        }
    }

    private async Task<Refusal?> SaveAsync(Application application, CancellationToken ct)
    {
        db.ApplicationEvents.AddRange(application.TakeTimeline());
        await db.SaveChangesAsync(ct);
        return null;
    }

    // The applicant's e-mail goes out through the outbox after this change commits.
    private void Notify(Application application, ApplicationStatus status, string? message)
    {
        if (ApplicationNoticeDue.Notifies(status))
        {
            outbox.Publish(db, new ApplicationNoticeDue(application.MunicipalityId, application.Id, application.ReceiptNumber,
                application.ProcedureName, application.ApplicantId, status, message));
        }
    }
}
