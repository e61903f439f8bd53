using System.ComponentModel.DataAnnotations;

namespace MachiDx.Procedures.Applications.Api;

/// <summary>
/// A staff status move over the API: accept (受付), start-review (審査中), complete (完了) or reject (却下, with a
/// reason in <see cref="Message"/>). 補正依頼 needs per-field comments and stays on the review page.
/// </summary>
public sealed class StaffTransitionInput
{
    private static readonly Dictionary<string, ApplicationStatus> Actions = new(StringComparer.Ordinal)
    {
        ["accept"] = ApplicationStatus.Accepted,
        ["start-review"] = ApplicationStatus.UnderReview,
        ["complete"] = ApplicationStatus.Completed,
        ["reject"] = ApplicationStatus.Rejected,
    };

    [Required(ErrorMessage = "action を指定してください（accept・start-review・complete・reject のいずれか）。")]
    [RegularExpression("^(accept|start-review|complete|reject)$", ErrorMessage = "action は accept・start-review・complete・reject のいずれかで指定してください。")]
    public string? Action { get; set; }

    /// <summary>The message to the resident; required when rejecting (the reason).</summary>
    [StringLength(1000, ErrorMessage = "理由・連絡事項は1000文字以内で入力してください。")]
    public string? Message { get; set; }

    internal ApplicationStatus Target => Actions[Action!];

    internal static string? ActionFor(ApplicationStatus to) =>
        Actions.FirstOrDefault(a => a.Value == to).Key;
}
