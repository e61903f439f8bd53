using System.ComponentModel.DataAnnotations;

namespace MachiDx.Insight.DigiLab.Request;

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
