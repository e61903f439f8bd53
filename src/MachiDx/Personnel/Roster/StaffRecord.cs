using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Personnel.Roster;

/// <summary>
/// One person on the personnel roster (職員名簿). Linked to a sign-in account, if any, by 職員番号; the
/// department is referred to by its Platform code (no cross-module key).
/// </summary>
public sealed class StaffRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string StaffNumber { get; set; }

    public required string FullName { get; set; }

    public required string FullNameKana { get; set; }

    public required string DepartmentCode { get; set; }

    public DateOnly BirthDate { get; set; }

    public DateOnly HireDate { get; set; }

    /// <summary>職種 (e.g. 一般事務, 土木技術).</summary>
    public required string JobType { get; set; }

    public EmploymentType Employment { get; set; }

    public bool OnLeave { get; set; }

    /// <summary>Acts for the department in draft seasons and FA decisions (選考担当).</summary>
    public bool IsSelector { get; set; }

    /// <summary>Set when an accepted FA declaration was withdrawn: FA is barred until this date.</summary>
    public DateOnly? FaBarredUntil { get; set; }

    public List<Evaluation> Evaluations { get; set; } = [];

    public List<OvertimeMonth> Overtime { get; set; } = [];

    public EligibilityFacts Facts()
    {
        var latest = Evaluations.OrderByDescending(e => e.FiscalYear).FirstOrDefault();
        return new EligibilityFacts(BirthDate, HireDate, Employment, OnLeave, latest?.Score, latest?.FiscalYear, FaBarredUntil);
    }

    public static void Configure(EntityTypeBuilder<StaffRecord> entity)
    {
        entity.ToTable("staff_records");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.StaffNumber).HasMaxLength(20);
        entity.Property(e => e.FullName).HasMaxLength(100);
        entity.Property(e => e.FullNameKana).HasMaxLength(100);
        entity.Property(e => e.DepartmentCode).HasMaxLength(40);
        entity.Property(e => e.JobType).HasMaxLength(40);
        entity.HasIndex(e => new { e.MunicipalityId, e.StaffNumber }).IsUnique();
        entity.HasMany(e => e.Evaluations).WithOne().HasForeignKey(e => e.StaffRecordId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(e => e.Overtime).WithOne().HasForeignKey(e => e.StaffRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}
