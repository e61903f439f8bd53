using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Procedures.Applications;

/// <summary>An uploaded attachment; the bytes live in the blob store under <see cref="StorageKey"/>.</summary>
public sealed class StoredFile : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid OwnerId { get; set; }

    public Guid? ApplicationId { get; set; }

    public required string FieldPath { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    public required string StorageKey { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<StoredFile> entity)
    {
        entity.ToTable("stored_files");
        entity.HasKey(f => f.Id);
        entity.HasIndex(f => new { f.MunicipalityId, f.ApplicationId });
        entity.Property(f => f.FieldPath).HasMaxLength(200);
        entity.Property(f => f.FileName).HasMaxLength(200);
        entity.Property(f => f.ContentType).HasMaxLength(100);
        entity.Property(f => f.StorageKey).HasMaxLength(200);
    }
}
