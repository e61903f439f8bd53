using System.ComponentModel.DataAnnotations;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Platform.Security;

namespace MachiDx.Personnel.Roster.Edit;

/// <summary>HR's form for one roster person.</summary>
public sealed class PersonInput
{
    [Display(Name = "氏名")]
    [Required(ErrorMessage = "氏名を入力してください。")]
    [StringLength(100, ErrorMessage = "氏名は100文字以内で入力してください。")]
    [NoDirectionControls]
    public string? FullName { get; set; }

    [Display(Name = "かな")]
    [Required(ErrorMessage = "かなを入力してください。")]
    [StringLength(100, ErrorMessage = "かなは100文字以内で入力してください。")]
    [NoDirectionControls]
    public string? FullNameKana { get; set; }

    [Display(Name = "所属")]
    [Required(ErrorMessage = "所属を選んでください。")]
    public string? DepartmentCode { get; set; }

    [Display(Name = "生年月日")]
    [Required(ErrorMessage = "生年月日を入力してください。")]
    public DateOnly? BirthDate { get; set; }

    [Display(Name = "採用日")]
    [Required(ErrorMessage = "採用日を入力してください。")]
    public DateOnly? HireDate { get; set; }

    [Display(Name = "職種")]
    [Required(ErrorMessage = "職種を入力してください。")]
    [StringLength(40, ErrorMessage = "職種は40文字以内で入力してください。")]
    public string? JobType { get; set; }

    [Display(Name = "雇用区分")]
    public EmploymentType Employment { get; set; }

    [Display(Name = "休職中")]
    public bool OnLeave { get; set; }

    [Display(Name = "部署の選考担当")]
    public bool IsSelector { get; set; }

    public static PersonInput From(StaffRecord p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new()
        {
            FullName = p.FullName, FullNameKana = p.FullNameKana, DepartmentCode = p.DepartmentCode, BirthDate = p.BirthDate, HireDate = p.HireDate,
            JobType = p.JobType, Employment = p.Employment, OnLeave = p.OnLeave, IsSelector = p.IsSelector,
        };
    }
}
