using System.Security.Cryptography;
using System.Text;
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

    /// <summary>
    /// The set of words, order-free (<see cref="KeyOf"/>): unique per city, so that the same group sent twice at the same
    /// moment is stored once (the page's check alone cannot see a copy that is not committed yet).
    /// </summary>
    public required string Key { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>A hash of the words in ordinal order: the same words typed in any order give the same key.</summary>
    public static string KeyOf(IEnumerable<string> terms) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', terms.Order(StringComparer.Ordinal)))));

    internal static void Configure(EntityTypeBuilder<StaffSynonymGroup> entity)
    {
        entity.ToTable("staff_synonym_groups");
        entity.HasKey(g => g.Id);
        entity.HasIndex(g => g.MunicipalityId);
        entity.Property(g => g.Key).HasMaxLength(64);
        entity.HasIndex(g => new { g.MunicipalityId, g.Key }).IsUnique();
        entity.Property(g => g.CreatedBy).HasMaxLength(100);
    }
}
