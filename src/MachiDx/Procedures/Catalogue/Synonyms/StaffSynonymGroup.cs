using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Procedures.Catalogue.Synonyms;

/// <summary>Words a city's staff declare equivalent for search (e.g. 「ペット, 犬, いぬ」), added to the national list.</summary>
public sealed class StaffSynonymGroup : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public List<string> Terms { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    internal static void Configure(EntityTypeBuilder<StaffSynonymGroup> entity)
    {
        entity.ToTable("staff_synonym_groups");
        entity.HasKey(g => g.Id);
        entity.HasIndex(g => g.MunicipalityId);
        entity.Property(g => g.CreatedBy).HasMaxLength(100);
    }
}
