using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Procedures.Catalogue.Search;

/// <summary>A search that found nothing, counted per normalised query, so staff can add synonyms or procedures.</summary>
public sealed class SearchMiss : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string Query { get; set; }

    public int Count { get; set; }

    public DateTime LastAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<SearchMiss> entity)
    {
        entity.ToTable("search_misses");
        entity.HasKey(m => m.Id);
        entity.HasIndex(m => new { m.MunicipalityId, m.Query }).IsUnique();
        entity.Property(m => m.Query).HasMaxLength(100);
    }
}
