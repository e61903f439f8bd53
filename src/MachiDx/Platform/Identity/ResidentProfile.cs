using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Platform.Identity;

/// <summary>What a resident told the city once, so that forms never ask again (書かない窓口).</summary>
public sealed class ResidentProfile : ITenantOwned
{
    public Guid UserId { get; set; }

    public int MunicipalityId { get; set; }

    public required string FullName { get; set; }

    public required string FullNameKana { get; set; }

    public DateOnly BirthDate { get; set; }

    /// <summary>Seven digits, no hyphen.</summary>
    public required string PostalCode { get; set; }

    public required string Address { get; set; }

    public required string Phone { get; set; }

    public required string Email { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<ResidentProfile> entity)
    {
        entity.ToTable("resident_profiles");
        entity.HasKey(e => e.UserId);
        entity.Property(e => e.FullName).HasMaxLength(100);
        entity.Property(e => e.FullNameKana).HasMaxLength(100);
        entity.Property(e => e.PostalCode).HasMaxLength(7);
        entity.Property(e => e.Address).HasMaxLength(200);
        entity.Property(e => e.Phone).HasMaxLength(20);
        entity.Property(e => e.Email).HasMaxLength(254);
    }
}
