using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Security;

namespace MachiDx.Personnel.Seasons;

/// <summary>HR's form for a new draft season.</summary>
public sealed class SeasonInput
{
    [Display(Name = "シーズン名")]
    [Required(ErrorMessage = "シーズン名を入力してください。")]
    [StringLength(100, ErrorMessage = "シーズン名は100文字以内で入力してください。")]
    [NoDirectionControls]
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

    /// <summary>How ties in per-capita overtime are broken: "hours", "staff" or "hash".</summary>
    [Display(Name = "1人あたり残業が同じときの順位")]
    public string TieBreakOrder { get; set; } = "hours";

    [Display(Name = "休職中の職員を対象外にする")]
    public bool ExcludeOnLeave { get; set; } = true;

    [Display(Name = "任期付職員を対象外にする")]
    public bool ExcludeFixedTerm { get; set; } = true;

    [Display(Name = "会計年度任用職員を対象外にする")]
    public bool ExcludeFiscalYearAppointee { get; set; } = true;

    public static readonly IReadOnlyList<(string Value, string Text, Engine.Draft.TieBreak[] Order)> TieBreakChoices =
    [
        ("hours", "残業の合計が多い順 → 職員数が少ない順 → 公開ハッシュ順", [Engine.Draft.TieBreak.MoreTotalHours, Engine.Draft.TieBreak.FewerStaff, Engine.Draft.TieBreak.CommitmentHash]),
        ("staff", "職員数が少ない順 → 残業の合計が多い順 → 公開ハッシュ順", [Engine.Draft.TieBreak.FewerStaff, Engine.Draft.TieBreak.MoreTotalHours, Engine.Draft.TieBreak.CommitmentHash]),
        ("hash", "公開ハッシュ順（抽選と同じく事前に検証可能）", [Engine.Draft.TieBreak.CommitmentHash]),
    ];

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

        if (TieBreakChoices.All(c => c.Value != TieBreakOrder))
        {
            errors[nameof(TieBreakOrder)] = ["順位の決め方を一覧から選んでください。"];
        }

        return errors;
    }
}
