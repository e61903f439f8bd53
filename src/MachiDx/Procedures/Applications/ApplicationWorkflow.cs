namespace MachiDx.Procedures.Applications;

/// <summary>The legal moves between statuses, who may make them, and their Japanese names.</summary>
public static class ApplicationWorkflow
{
    private static readonly Dictionary<ApplicationStatus, ApplicationStatus[]> StaffMoves = new()
    {
        [ApplicationStatus.Submitted] = [ApplicationStatus.Accepted, ApplicationStatus.Rejected],
        [ApplicationStatus.Accepted] = [ApplicationStatus.UnderReview, ApplicationStatus.CorrectionRequested, ApplicationStatus.Completed, ApplicationStatus.Rejected],
        [ApplicationStatus.UnderReview] = [ApplicationStatus.CorrectionRequested, ApplicationStatus.Completed, ApplicationStatus.Rejected],
        [ApplicationStatus.CorrectionRequested] = [ApplicationStatus.Rejected],
    };

    private static readonly ApplicationStatus[] Withdrawable =
        [ApplicationStatus.Submitted, ApplicationStatus.Accepted, ApplicationStatus.UnderReview, ApplicationStatus.CorrectionRequested];

    public static bool StaffMay(ApplicationStatus from, ApplicationStatus to) =>
        StaffMoves.TryGetValue(from, out var allowed) && allowed.Contains(to);

    public static IReadOnlyList<ApplicationStatus> StaffMovesFrom(ApplicationStatus from) =>
        StaffMoves.TryGetValue(from, out var allowed) ? allowed : [];

    public static bool ResidentMayWithdraw(ApplicationStatus from) => Withdrawable.Contains(from);

    public static bool IsOpen(ApplicationStatus status) =>
        status is not (ApplicationStatus.Completed or ApplicationStatus.Rejected or ApplicationStatus.Withdrawn);

    public static string Label(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "申請済",
        ApplicationStatus.Accepted => "受付",
        ApplicationStatus.UnderReview => "審査中",
        ApplicationStatus.CorrectionRequested => "補正依頼",
        ApplicationStatus.Completed => "完了",
        ApplicationStatus.Rejected => "却下",
        ApplicationStatus.Withdrawn => "取下げ",
        _ => status.ToString(),
    };

    /// <summary>The button text staff see for moving to a status.</summary>
    public static string ActionLabel(ApplicationStatus to) => to switch
    {
        ApplicationStatus.Accepted => "受け付ける",
        ApplicationStatus.UnderReview => "審査を始める",
        ApplicationStatus.CorrectionRequested => "補正を依頼する",
        ApplicationStatus.Completed => "完了にする",
        ApplicationStatus.Rejected => "却下する",
        _ => Label(to),
    };
}
