using Microsoft.EntityFrameworkCore;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Personnel.FreeAgency;

/// <summary>
/// An FA宣言: one target department and an improvement plan. Confidential: HR, the declarer, and (once
/// forwarded) the target department's selectors; the current department only after acceptance.
/// </summary>
public sealed class FaDeclaration : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid StaffRecordId { get; set; }

    public required string CurrentDepartmentCode { get; set; }

    public required string TargetDepartmentCode { get; set; }

    public required string Plan { get; set; }

    public DeclarationStatus Status { get; set; }

    public string? DecisionReason { get; set; }

    /// <summary>Results rubric agreed at acceptance.</summary>
    public string? Rubric { get; set; }

    public DateOnly? ScheduledMoveDate { get; set; }

    public DateTime DeclaredAtUtc { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    /// <summary>Score the target department gave against the rubric (1.0–5.0).</summary>
    public double? TargetScore { get; set; }

    /// <summary>HR's calibrated score.</summary>
    public double? CalibratedScore { get; set; }

    /// <summary>Recommended 勤勉手当 成績区分 for the 任命権者 (e.g. "優秀（103%）").</summary>
    public string? RecommendedBand { get; set; }

    public static void Configure(EntityTypeBuilder<FaDeclaration> entity)
    {
        entity.ToTable("fa_declarations");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.CurrentDepartmentCode).HasMaxLength(40);
        entity.Property(e => e.TargetDepartmentCode).HasMaxLength(40);
        entity.Property(e => e.Plan).HasMaxLength(2000);
        entity.Property(e => e.DecisionReason).HasMaxLength(1000);
        entity.Property(e => e.Rubric).HasMaxLength(2000);
        entity.Property(e => e.RecommendedBand).HasMaxLength(40);
    }
}
