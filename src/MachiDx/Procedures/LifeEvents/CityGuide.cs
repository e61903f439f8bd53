using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Procedures.LifeEvents;

/// <summary>
/// A city's own version of one life-event guide graph, edited by DX推進 staff. While <see cref="GraphJson"/> is set,
/// the city's residents get it instead of the national graph; restoring the national version clears it but keeps the
/// row, so <see cref="Version"/> keeps counting and a form opened before the restore cannot overwrite it unnoticed.
/// </summary>
public sealed class CityGuide : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>The guide's code, e.g. "moving" (one of <see cref="GuideLibrary.Codes"/>). Unique per municipality.</summary>
    public required string Code { get; set; }

    /// <summary>The city's graph, validated and normalised (pretty-printed) on save; null = the national graph is used.</summary>
    public string? GraphJson { get; set; }

    /// <summary>Counts every save and restore, starting at 1; also the optimistic-concurrency token.</summary>
    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public required string UpdatedBy { get; set; }

    public bool IsCustomised => GraphJson is not null;

    internal static void Configure(EntityTypeBuilder<CityGuide> entity)
    {
        entity.ToTable("city_guides");
        entity.HasKey(g => g.Id);
        entity.HasIndex(g => new { g.MunicipalityId, g.Code }).IsUnique();
        entity.Ignore(g => g.IsCustomised);
        entity.Property(g => g.Code).HasMaxLength(40);
        entity.Property(g => g.GraphJson).HasMaxLength(GuideCheck.MaxJsonLength);
        entity.Property(g => g.Version).IsConcurrencyToken();
        entity.Property(g => g.UpdatedBy).HasMaxLength(100);
    }
}
