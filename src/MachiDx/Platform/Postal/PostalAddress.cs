using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Platform.Postal;

/// <summary>
/// One row of the postal code directory: shared reference data for every municipality (not tenant-owned).
/// A code may have several rows (one per town); a town is empty for a city's 「以下に掲載がない場合」 code.
/// </summary>
public sealed class PostalAddress
{
    public int Id { get; set; }

    /// <summary>Seven ASCII digits, no hyphen.</summary>
    public required string Code { get; set; }

    public required string Prefecture { get; set; }

    public required string City { get; set; }

    public string Town { get; set; } = "";

    public string? PrefectureKana { get; set; }

    public string? CityKana { get; set; }

    public string? TownKana { get; set; }

    internal static void Configure(EntityTypeBuilder<PostalAddress> entity)
    {
        entity.ToTable("postal_addresses");
        entity.HasKey(e => e.Id);
        entity.HasIndex(e => e.Code);
        entity.Property(e => e.Code).HasMaxLength(7);
        entity.Property(e => e.Prefecture).HasMaxLength(10);
        entity.Property(e => e.City).HasMaxLength(60);
        entity.Property(e => e.Town).HasMaxLength(200);
        entity.Property(e => e.PrefectureKana).HasMaxLength(30);
        entity.Property(e => e.CityKana).HasMaxLength(120);
        entity.Property(e => e.TownKana).HasMaxLength(400);
    }
}
