using MachiDx.Procedures.Forms.Engine;

namespace MachiDx.Procedures.Applications.Api;

/// <summary>One application in a list. Status is the enum name (e.g. "UnderReview"); StatusLabel is its Japanese name.</summary>
public sealed record ApplicationSummary(
    string ReceiptNumber, string ProcedureCode, string ProcedureName, string Status, string StatusLabel,
    DateTime SubmittedAtUtc, DateTime UpdatedAtUtc)
{
    internal static ApplicationSummary From(Application a) =>
        new(a.ReceiptNumber, a.ProcedureCode, a.ProcedureName, a.Status.ToString(), ApplicationWorkflow.Label(a.Status), a.SubmittedAtUtc, a.UpdatedAtUtc);
}

/// <summary>One application with its timeline and, while 補正依頼, the fields to correct.</summary>
public sealed record ApplicationDetail(
    string ReceiptNumber, string ProcedureCode, string ProcedureName, string Department, string Status, string StatusLabel,
    DateTime SubmittedAtUtc, DateTime UpdatedAtUtc, DateTime? CompletedAtUtc, DateOnly? DueDate, long FeeYen,
    bool CanWithdraw, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<CorrectionRequest> Corrections)
{
    internal static ApplicationDetail From(Application a, IEnumerable<ApplicationEvent> events, FormDefinition? form) => new(
        a.ReceiptNumber, a.ProcedureCode, a.ProcedureName, a.Department, a.Status.ToString(), ApplicationWorkflow.Label(a.Status),
        a.SubmittedAtUtc, a.UpdatedAtUtc, a.CompletedAtUtc, a.DueDate, a.FeeYen, ApplicationWorkflow.ResidentMayWithdraw(a.Status),
        [.. events.Select(TimelineEntry.From)],
        a.Status == ApplicationStatus.CorrectionRequested
            ? [.. a.RequestedCorrections().Select(c => new CorrectionRequest(c.Field, form?.AllFields().FirstOrDefault(f => f.Name == c.Field)?.Label ?? c.Field, c.Comment))]
            : []);
}

/// <summary>A timeline entry: Kind is "status", "note", "correction-requested", "corrected" or "assigned".</summary>
public sealed record TimelineEntry(DateTime AtUtc, string Kind, string? Status, string? StatusLabel, string? Message, string ActorName, bool Internal)
{
    internal static TimelineEntry From(ApplicationEvent e) =>
        new(e.AtUtc, e.Kind, e.ToStatus?.ToString(), e.ToStatus is { } s ? ApplicationWorkflow.Label(s) : null, e.Message, e.ActorName, e.Internal);
}

/// <summary>A field staff asked the resident to correct (補正), with its label and the staff comment.</summary>
public sealed record CorrectionRequest(string Field, string Label, string Comment);

/// <summary>An application as staff see it in their inbox.</summary>
public sealed record StaffApplicationSummary(
    string ReceiptNumber, string ProcedureCode, string ProcedureName, string Department, string ApplicantName,
    string Status, string StatusLabel, DateTime SubmittedAtUtc, DateTime UpdatedAtUtc, DateOnly? DueDate, bool Overdue,
    Guid? AssigneeId, string? AssigneeName, IReadOnlyList<string> NextActions)
{
    internal static StaffApplicationSummary From(Application a, DateOnly today) => new(
        a.ReceiptNumber, a.ProcedureCode, a.ProcedureName, a.Department, a.ApplicantName, a.Status.ToString(), ApplicationWorkflow.Label(a.Status),
        a.SubmittedAtUtc, a.UpdatedAtUtc, a.DueDate, ApplicationWorkflow.IsOpen(a.Status) && a.DueDate < today, a.AssigneeId, a.AssigneeName,
        [.. ApplicationWorkflow.StaffMovesFrom(a.Status).Select(StaffTransitionInput.ActionFor).OfType<string>()]);
}

/// <summary>A page of results.</summary>
public sealed record ApplicationPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
