using System.ComponentModel.DataAnnotations;

namespace MachiDx.Procedures.Kpi.Cases;

/// <summary>One entry of counter, mail, phone or other-online cases, as staff type it.</summary>
public sealed class CaseInput
{
    [Display(Name = "手続き")]
    [Required(ErrorMessage = "手続きを選んでください。")]
    public string? ProcedureCode { get; set; }

    [Display(Name = "受付の方法")]
    [Required(ErrorMessage = "受付の方法を選んでください。")]
    public string? Channel { get; set; }

    [Display(Name = "受け付けた日")]
    [Required(ErrorMessage = "受け付けた日を入力してください。")]
    public DateOnly? Date { get; set; }

    [Display(Name = "件数")]
    [Required(ErrorMessage = "件数を入力してください。")]
    [Range(1, 10_000, ErrorMessage = "件数は1から10,000までの整数で入力してください。")]
    public int? Count { get; set; }

    [Display(Name = "メモ（任意）")]
    [StringLength(200, ErrorMessage = "メモは200文字以内で入力してください。")]
    public string? Note { get; set; }
}
