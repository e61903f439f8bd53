using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Security;

namespace MachiDx.Platform.Identity.Register;

/// <summary>What a resident enters to open an account; the profile later prefills application forms.</summary>
public sealed class ResidentRegistrationInput
{
    [Display(Name = "メールアドレス")]
    [Required(ErrorMessage = "メールアドレスを入力してください。")]
    [StringLength(254, ErrorMessage = "メールアドレスは254文字以内で入力してください。")]
    [EmailAddress(ErrorMessage = "メールアドレスの形式が正しくありません（例: taro@example.jp）。")]
    public string? Email { get; set; }

    [Display(Name = "パスワード")]
    [Required(ErrorMessage = "パスワードを入力してください。")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "パスワードは10文字以上128文字以内で入力してください。")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "氏名")]
    [Required(ErrorMessage = "氏名を入力してください。")]
    [StringLength(100, ErrorMessage = "氏名は100文字以内で入力してください。")]
    [NoDirectionControls]
    public string? FullName { get; set; }

    [Display(Name = "ふりがな")]
    [Required(ErrorMessage = "ふりがなを入力してください。")]
    [StringLength(100, ErrorMessage = "ふりがなは100文字以内で入力してください。")]
    [RegularExpression(@"^[\p{IsHiragana}\p{IsKatakana}ー・\s　]+$", ErrorMessage = "ふりがなはひらがなまたはカタカナで入力してください。")]
    public string? FullNameKana { get; set; }

    [Display(Name = "生年月日")]
    [Required(ErrorMessage = "生年月日を入力してください。")]
    public DateOnly? BirthDate { get; set; }

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
