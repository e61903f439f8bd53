using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Insight.Workload;

/// <summary>
/// One staff member's attendance figures for one month (勤怠): overtime hours and paid-leave days taken. The
/// department is the one the person belonged to that month, so a transfer moves their later months only.
/// </summary>
public sealed class AttendanceMonth : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string StaffNumber { get; set; }

    public required string DepartmentCode { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public int FiscalYear { get; set; }

    public double OvertimeHours { get; set; }

    public double PaidLeaveDays { get; set; }

    internal static void Configure(EntityTypeBuilder<AttendanceMonth> entity)
    {
        entity.ToTable("attendance_months");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.StaffNumber).HasMaxLength(20);
        entity.Property(e => e.DepartmentCode).HasMaxLength(40);
        entity.HasIndex(e => new { e.MunicipalityId, e.StaffNumber, e.Month }).IsUnique();
        entity.HasIndex(e => new { e.MunicipalityId, e.FiscalYear });
    }
}
