using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Security;

namespace MachiDx.Insight.Inventory.Edit;

public sealed class TaskInput
{
    [Display(Name = "年度")]
    [Required(ErrorMessage = "年度を入力してください。")]
    [Range(2000, 2100, ErrorMessage = "年度は西暦4桁（例: 2026）で入力してください。")]
    public int? FiscalYear { get; set; }

    [Display(Name = "部署")]
    [Required(ErrorMessage = "部署を選んでください。")]
    public string? DepartmentCode { get; set; }

    [Display(Name = "大分類")]
    [Required(ErrorMessage = "大分類を入力してください。")]
    [StringLength(60, ErrorMessage = "大分類は60文字以内で入力してください。")]
    public string? Major { get; set; }

    [Display(Name = "中分類")]
    [Required(ErrorMessage = "中分類を入力してください。")]
    [StringLength(60, ErrorMessage = "中分類は60文字以内で入力してください。")]
    public string? Middle { get; set; }

    [Display(Name = "業務名（小分類）")]
    [Required(ErrorMessage = "業務名を入力してください。")]
    [StringLength(100, ErrorMessage = "業務名は100文字以内で入力してください。")]
    [NoDirectionControls]
    public string? Name { get; set; }

    [Display(Name = "繁忙期の月数")]
    [Required(ErrorMessage = "月数を入力してください。")]
    [Range(0, 12, ErrorMessage = "0から12の整数で入力してください。")]
    public int? BusyMonths { get; set; }

    [Display(Name = "繁忙期の1か月の件数")]
    [Required(ErrorMessage = "件数を入力してください。")]
    [Range(0, 1_000_000, ErrorMessage = "0から1,000,000の数値で入力してください。")]
    public double? BusyCasesPerMonth { get; set; }

    [Display(Name = "通常期の月数")]
    [Required(ErrorMessage = "月数を入力してください。")]
    [Range(0, 12, ErrorMessage = "0から12の整数で入力してください。")]
    public int? NormalMonths { get; set; }

    [Display(Name = "通常期の1か月の件数")]
    [Required(ErrorMessage = "件数を入力してください。")]
    [Range(0, 1_000_000, ErrorMessage = "0から1,000,000の数値で入力してください。")]
    public double? NormalCasesPerMonth { get; set; }

    [Display(Name = "閑散期の月数")]
    [Required(ErrorMessage = "月数を入力してください。")]
    [Range(0, 12, ErrorMessage = "0から12の整数で入力してください。")]
    public int? SlackMonths { get; set; }

    [Display(Name = "閑散期の1か月の件数")]
    [Required(ErrorMessage = "件数を入力してください。")]
    [Range(0, 1_000_000, ErrorMessage = "0から1,000,000の数値で入力してください。")]
    public double? SlackCasesPerMonth { get; set; }

    [Display(Name = "1件あたりの分数")]
    [Required(ErrorMessage = "1件あたりの分数を入力してください。")]
    [Range(0.1, 10_000, ErrorMessage = "0.1から10,000の数値（分）で入力してください。")]
    public double? MinutesPerCase { get; set; }

    [Display(Name = "担当する人数")]
    [Required(ErrorMessage = "人数を入力してください。")]
    [Range(1, 1_000, ErrorMessage = "1から1,000の整数で入力してください。")]
    public int? People { get; set; }

    public InputMedium Medium { get; set; }

    public bool RuleBased { get; set; }

    public bool Core { get; set; }

    public PersonalInfoLevel PersonalInfo { get; set; }

    public Difficulty Difficulty { get; set; } = Difficulty.Medium;

    [Display(Name = "根拠法令")]
    [StringLength(200, ErrorMessage = "根拠法令は200文字以内で入力してください。")]
    public string? LegalBasis { get; set; }

    public static TaskInput From(WorkTask t) => new()
    {
        FiscalYear = t.FiscalYear, DepartmentCode = t.DepartmentCode, Major = t.Major, Middle = t.Middle, Name = t.Name,
        BusyMonths = t.BusyMonths, BusyCasesPerMonth = t.BusyCasesPerMonth, NormalMonths = t.NormalMonths, NormalCasesPerMonth = t.NormalCasesPerMonth,
        SlackMonths = t.SlackMonths, SlackCasesPerMonth = t.SlackCasesPerMonth, MinutesPerCase = t.MinutesPerCase, People = t.People, Medium = t.Medium,
        RuleBased = t.RuleBased, Core = t.Core, PersonalInfo = t.PersonalInfo, Difficulty = t.Difficulty, LegalBasis = t.LegalBasis,
    };

    public void ApplyTo(WorkTask t)
    {
        ArgumentNullException.ThrowIfNull(t);
        t.FiscalYear = FiscalYear!.Value;
        t.DepartmentCode = DepartmentCode!;
        t.Major = Major!.Trim();
        t.Middle = Middle!.Trim();
        t.Name = Name!.Trim();
        t.BusyMonths = BusyMonths!.Value;
        t.BusyCasesPerMonth = BusyCasesPerMonth!.Value;
        t.NormalMonths = NormalMonths!.Value;
        t.NormalCasesPerMonth = NormalCasesPerMonth!.Value;
        t.SlackMonths = SlackMonths!.Value;
        t.SlackCasesPerMonth = SlackCasesPerMonth!.Value;
        t.MinutesPerCase = MinutesPerCase!.Value;
        t.People = People!.Value;
        t.Medium = Medium;
        t.RuleBased = RuleBased;
        t.Core = Core;
        t.PersonalInfo = PersonalInfo;
        t.Difficulty = Difficulty;
        t.LegalBasis = LegalBasis?.Trim() ?? "";
    }
}
