using Microsoft.EntityFrameworkCore;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Personnel.Seasons;

/// <summary>A department puts forward one of its own eligible staff; the nominee may add a short profile and wish.</summary>
public sealed class Nomination : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid SeasonId { get; set; }

    public Guid StaffRecordId { get; set; }

    public required string DepartmentCode { get; set; }

    public string? Profile { get; set; }

    public DateTime NominatedAtUtc { get; set; }

    public static void Configure(EntityTypeBuilder<Nomination> entity)
    {
        entity.ToTable("nominations");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.DepartmentCode).HasMaxLength(40);
        entity.Property(e => e.Profile).HasMaxLength(400);
        entity.HasIndex(e => new { e.SeasonId, e.StaffRecordId }).IsUnique();
    }
}
