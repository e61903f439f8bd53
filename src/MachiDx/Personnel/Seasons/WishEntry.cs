using Microsoft.EntityFrameworkCore;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Personnel.Seasons;

/// <summary>A department's ranked wish (proxy mode, and the department side of the simulator).</summary>
public sealed class WishEntry : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid SeasonId { get; set; }

    public required string DepartmentCode { get; set; }

    public int Rank { get; set; }

    public Guid StaffRecordId { get; set; }

    public static void Configure(EntityTypeBuilder<WishEntry> entity)
    {
        entity.ToTable("wish_entries");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.DepartmentCode).HasMaxLength(40);
        entity.HasIndex(e => new { e.SeasonId, e.DepartmentCode, e.Rank }).IsUnique();
    }
}
