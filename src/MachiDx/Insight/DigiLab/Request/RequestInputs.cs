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

public sealed class UsageInput
{
    [Display(Name = "年月")]
    [Required(ErrorMessage = "年月を入力してください。")]
    [RegularExpression(@"^\d{4}-\d{2}$", ErrorMessage = "年月は「2026-04」の形で入力してください。")]
    public string? Month { get; set; }

    [Display(Name = "件数")]
    [Required(ErrorMessage = "件数を入力してください。")]
    [Range(0, 10_000_000, ErrorMessage = "0から10,000,000の整数で入力してください。")]
    public int? Cases { get; set; }
}

public sealed class FreedInput
{
    public FreedHoursUse Use { get; set; }

    [Display(Name = "時間")]
    [Required(ErrorMessage = "時間を入力してください。")]
    [Range(0.1, 1_000_000, ErrorMessage = "0.1以上の数値（時間）で入力してください。")]
    public double? Hours { get; set; }

    [Display(Name = "メモ")]
    [StringLength(200, ErrorMessage = "メモは200文字以内で入力してください。")]
    public string? Note { get; set; }
}
