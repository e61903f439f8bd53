using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace MachiDx.Insight.DigiLab.Request;

public sealed class TriageInput
{
    public RequestStatus Status { get; set; }

    public ServiceType Type { get; set; }

    public string? AssigneeStaffNumber { get; set; }

    [Display(Name = "導入前の1件あたりの分数")]
    [Range(0.1, 10_000, ErrorMessage = "0.1から10,000の数値（分）で入力してください。")]
    public double? BaselineMinutes { get; set; }

    [Display(Name = "導入後の1件あたりの分数")]
    [Range(0, 10_000, ErrorMessage = "0から10,000の数値（分）で入力してください。")]
    public double? AfterMinutes { get; set; }

    [Display(Name = "稼働開始月")]
    [RegularExpression(@"^\d{4}-\d{2}$", ErrorMessage = "稼働開始月は「2026-04」の形で入力してください。")]
    public string? LiveSince { get; set; }

    public DateOnly? LiveSinceMonth => Month(LiveSince);

    internal static DateOnly? Month(string? text) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : null;
}
