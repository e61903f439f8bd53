using System.ComponentModel.DataAnnotations;
using MachiDx.Personnel.Engine.Eligibility;

namespace MachiDx.Personnel.Seasons.Rules;

/// <summary>HR's form for a season's eligibility rules (saved as the next rule version).</summary>
public sealed class RulesInput
{
    [Display(Name = "ドラフト対象：採用から何年目から")]
    [Required(ErrorMessage = "ドラフト対象の開始年目を入力してください。")]
    [Range(1, 40, ErrorMessage = "ドラフト対象の開始年目は1〜40で入力してください。")]
    public int? DraftFromYear { get; set; }

    [Display(Name = "ドラフト対象：採用から何年目まで")]
    [Required(ErrorMessage = "ドラフト対象の終了年目を入力してください。")]
    [Range(1, 40, ErrorMessage = "ドラフト対象の終了年目は1〜40で入力してください。")]
    public int? DraftToYear { get; set; }

    [Display(Name = "ドラフト対象：基準日に何歳未満なら年目を問わず対象")]
    [Required(ErrorMessage = "年齢の上限を入力してください。")]
    [Range(18, 70, ErrorMessage = "年齢の上限は18〜70歳で入力してください。")]
    public int? DraftUnderAge { get; set; }

    [Display(Name = "FA宣言：採用から何年目以降")]
    [Required(ErrorMessage = "FA宣言の対象年目を入力してください。")]
    [Range(1, 40, ErrorMessage = "FA宣言の対象年目は1〜40で入力してください。")]
    public int? FaFromYear { get; set; }

    [Display(Name = "FA宣言：直近の人事評価点の下限")]
    [Required(ErrorMessage = "人事評価点の下限を入力してください。")]
    [Range(0.0, 5.0, ErrorMessage = "人事評価点の下限は0.0〜5.0で入力してください。")]
    public double? FaMinScore { get; set; }

    [Display(Name = "休職中の職員を対象外にする")]
    public bool ExcludeOnLeave { get; set; }

    [Display(Name = "任期付職員を対象外にする")]
    public bool ExcludeFixedTerm { get; set; }

    [Display(Name = "会計年度任用職員を対象外にする")]
    public bool ExcludeFiscalYearAppointee { get; set; }

    public static RulesInput From(EligibilityRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new()
        {
            DraftFromYear = rules.DraftFromYear, DraftToYear = rules.DraftToYear, DraftUnderAge = rules.DraftUnderAge,
            FaFromYear = rules.FaFromYear, FaMinScore = rules.FaMinScore,
            ExcludeOnLeave = rules.ExcludeOnLeave, ExcludeFixedTerm = rules.ExcludeFixedTerm, ExcludeFiscalYearAppointee = rules.ExcludeFiscalYearAppointee,
        };
    }

    /// <summary>The next version of <paramref name="current"/> with this form's values.</summary>
    public EligibilityRules NextVersionOf(EligibilityRules current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current with
        {
            Version = current.Version + 1, DraftFromYear = DraftFromYear!.Value, DraftToYear = DraftToYear!.Value, DraftUnderAge = DraftUnderAge!.Value,
            FaFromYear = FaFromYear!.Value, FaMinScore = Math.Round(FaMinScore!.Value, 1),
            ExcludeOnLeave = ExcludeOnLeave, ExcludeFixedTerm = ExcludeFixedTerm, ExcludeFiscalYearAppointee = ExcludeFiscalYearAppointee,
        };
    }

    public Dictionary<string, string> Check()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (DraftFromYear > DraftToYear)
        {
            errors[nameof(DraftToYear)] = "ドラフト対象の終了年目は開始年目以降にしてください。";
        }

        return errors;
    }
}
