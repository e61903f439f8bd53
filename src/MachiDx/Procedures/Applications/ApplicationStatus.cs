namespace MachiDx.Procedures.Applications;

/// <summary>申請済 → 受付 → 審査中 → 補正依頼 → 完了 / 却下, and 取下げ by the resident.</summary>
public enum ApplicationStatus
{
    Submitted,
    Accepted,
    UnderReview,
    CorrectionRequested,
    Completed,
    Rejected,
    Withdrawn,
}
