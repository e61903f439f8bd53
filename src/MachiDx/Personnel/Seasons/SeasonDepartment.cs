using Microsoft.EntityFrameworkCore;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Personnel.Seasons;

/// <summary>A department's frozen place in the round 2+ order, with the numbers behind it (written when nominations close).</summary>
public sealed class SeasonDepartment : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid SeasonId { get; set; }

    public required string DepartmentCode { get; set; }

    public required string DepartmentName { get; set; }

    public int Position { get; set; }

    public int Headcount { get; set; }

    public double TotalHours { get; set; }

    public double PerCapita { get; set; }

    public int Quota { get; set; }

    public static void Configure(EntityTypeBuilder<SeasonDepartment> entity)
    {
        entity.ToTable("season_departments");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.DepartmentCode).HasMaxLength(40);
        entity.Property(e => e.DepartmentName).HasMaxLength(60);
        entity.HasIndex(e => new { e.SeasonId, e.DepartmentCode }).IsUnique();
    }
}
