using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Platform.Identity;

/// <summary>A department (課) of a municipality.</summary>
public sealed class Department : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>Short stable code, unique within the municipality (e.g. "shimin").</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }

    internal static void Configure(EntityTypeBuilder<Department> entity)
    {
        entity.ToTable("departments");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Code).HasMaxLength(40);
        entity.Property(e => e.Name).HasMaxLength(60);
        entity.HasIndex(e => new { e.MunicipalityId, e.Code }).IsUnique();
        entity.HasIndex(e => new { e.MunicipalityId, e.Name }).IsUnique();
    }
}
