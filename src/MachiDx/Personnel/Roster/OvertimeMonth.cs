using Microsoft.EntityFrameworkCore;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Personnel.Roster;

/// <summary>Overtime hours of one person in one month (<see cref="Month"/> is the 1st of the month).</summary>
public sealed class OvertimeMonth : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid StaffRecordId { get; set; }

    public DateOnly Month { get; set; }

    public double Hours { get; set; }

    public static void Configure(EntityTypeBuilder<OvertimeMonth> entity)
    {
        entity.ToTable("overtime_months");
        entity.HasKey(e => e.Id);
        entity.HasIndex(e => new { e.StaffRecordId, e.Month }).IsUnique();
    }
}
