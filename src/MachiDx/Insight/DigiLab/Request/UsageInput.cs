using System.ComponentModel.DataAnnotations;

namespace MachiDx.Insight.DigiLab.Request;

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
