using System.ComponentModel.DataAnnotations;

namespace MachiDx.Platform.Identity.Profile;

/// <summary>The editable part of a resident's profile.</summary>
public sealed class ProfileInput
{
    [Display(Name = "郵便番号")]
    [Required(ErrorMessage = "郵便番号を入力してください。")]
    [StringLength(8, ErrorMessage = "郵便番号は7桁の数字で入力してください（例: 831-0016）。")]
    [RegularExpression(@"^[0-9０-９]{3}[-－]?[0-9０-９]{4}$", ErrorMessage = "郵便番号は7桁の数字で入力してください（例: 831-0016）。")]
    public string? PostalCode { get; set; }

    [Display(Name = "住所")]
    [Required(ErrorMessage = "住所を入力してください。")]
    [StringLength(200, ErrorMessage = "住所は200文字以内で入力してください。")]
    public string? Address { get; set; }

    [Display(Name = "電話番号")]
    [Required(ErrorMessage = "電話番号を入力してください。")]
    [StringLength(20, ErrorMessage = "電話番号は20文字以内で入力してください。")]
    [RegularExpression(@"^[0-9０-９][0-9０-９\-－]{8,18}[0-9０-９]$", ErrorMessage = "電話番号は数字とハイフンで入力してください（例: 0944-87-2101）。")]
    public string? Phone { get; set; }
}
