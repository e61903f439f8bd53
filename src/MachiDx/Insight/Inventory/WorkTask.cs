using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Insight.Inventory;

/// <summary>
/// One task (業務) of a department's inventory for one fiscal year (業務棚卸し). Each fiscal year is its own
/// version: the same task in the next year is a new row. Volumes are cases per month in busy, normal and slack
/// months, with the number of months of each kind (they add up to 12).
/// </summary>
public sealed class WorkTask : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public int FiscalYear { get; set; }

    public required string DepartmentCode { get; set; }

    /// <summary>大分類.</summary>
    public required string Major { get; set; }

    /// <summary>中分類.</summary>
    public required string Middle { get; set; }

    /// <summary>小分類 = the task's name (業務名).</summary>
    public required string Name { get; set; }

    public int BusyMonths { get; set; }

    public double BusyCasesPerMonth { get; set; }

    public int NormalMonths { get; set; }

    public double NormalCasesPerMonth { get; set; }

    public int SlackMonths { get; set; }

    public double SlackCasesPerMonth { get; set; }

    public double MinutesPerCase { get; set; }

    /// <summary>Staff involved in the task (人数).</summary>
    public int People { get; set; }

    public InputMedium Medium { get; set; }

    /// <summary>定型 (rule-based) or 非定型 (needs judgement).</summary>
    public bool RuleBased { get; set; }

    /// <summary>コア (only staff can do it) or ノンコア.</summary>
    public bool Core { get; set; }

    public PersonalInfoLevel PersonalInfo { get; set; }

    /// <summary>Difficulty of changing the task (低/中/高), the feasibility input of the DigiLab score.</summary>
    public Difficulty Difficulty { get; set; } = Difficulty.Medium;

    public string LegalBasis { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public double YearlyCases => (BusyMonths * BusyCasesPerMonth) + (NormalMonths * NormalCasesPerMonth) + (SlackMonths * SlackCasesPerMonth);

    /// <summary>Yearly hours = yearly cases × minutes per case ÷ 60 (the time of all the people on one case is in the minutes).</summary>
    public double YearlyHours => YearlyCases * MinutesPerCase / 60.0;

    /// <summary>The busiest month's hours, for peak-load reading.</summary>
    public double PeakMonthHours => Math.Max(BusyCasesPerMonth, Math.Max(NormalCasesPerMonth, SlackCasesPerMonth)) * MinutesPerCase / 60.0;

    internal static void Configure(EntityTypeBuilder<WorkTask> entity)
    {
        entity.ToTable("work_tasks");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.DepartmentCode).HasMaxLength(40);
        entity.Property(e => e.Major).HasMaxLength(60);
        entity.Property(e => e.Middle).HasMaxLength(60);
        entity.Property(e => e.Name).HasMaxLength(100);
        entity.Property(e => e.LegalBasis).HasMaxLength(200);
        entity.Property(e => e.Medium).HasConversion<string>().HasMaxLength(20);
        entity.Property(e => e.PersonalInfo).HasConversion<string>().HasMaxLength(20);
        entity.Property(e => e.Difficulty).HasConversion<string>().HasMaxLength(20);
        entity.HasIndex(e => new { e.MunicipalityId, e.FiscalYear, e.DepartmentCode, e.Major, e.Middle, e.Name }).IsUnique();
    }
}
