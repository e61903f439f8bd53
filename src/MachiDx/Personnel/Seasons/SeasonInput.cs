using System.ComponentModel.DataAnnotations;

namespace MachiDx.Personnel.Seasons;

/// <summary>HR's form for a new draft season.</summary>
public sealed class SeasonInput
{
    [Display(Name = "シーズン名")]
    [Required(ErrorMessage = "シーズン名を入力してください。")]
    [StringLength(100, ErrorMessage = "シーズン名は100文字以内で入力してください。")]
    public string? Name { get; set; }

    [Display(Name = "基準日")]
    [Required(ErrorMessage = "基準日を入力してください。")]
    public DateOnly? ReferenceDate { get; set; }

    [Display(Name = "推薦の締切日")]
    [Required(ErrorMessage = "推薦の締切日を入力してください。")]
    public DateOnly? NominationDeadline { get; set; }

    [Display(Name = "指名会議の日")]
    [Required(ErrorMessage = "指名会議の日を入力してください。")]
    public DateOnly? DraftDate { get; set; }

    [Display(Name = "派遣の開始日")]
    [Required(ErrorMessage = "派遣の開始日を入力してください。")]
    public DateOnly? SecondmentStart { get; set; }

    [Display(Name = "派遣の期間（月数）")]
    [Required(ErrorMessage = "派遣の期間を入力してください。")]
    [Range(1, 12, ErrorMessage = "派遣の期間は1〜12か月で入力してください。")]
    public int? SecondmentMonths { get; set; } = 3;

    [Display(Name = "1部署あたりの推薦人数（上限）")]
    [Required(ErrorMessage = "推薦人数を入力してください。")]
    [Range(1, 3, ErrorMessage = "推薦人数は1〜3人で入力してください。")]
    public int? NominationsPerDepartment { get; set; } = 2;

    public Dictionary<string, string[]> Check()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (NominationDeadline > DraftDate)
        {
            errors[nameof(DraftDate)] = ["指名会議の日は推薦の締切日以降にしてください。"];
        }

        if (SecondmentStart < DraftDate)
        {
            errors[nameof(SecondmentStart)] = ["派遣の開始日は指名会議の日以降にしてください。"];
        }

        return errors;
    }
}
