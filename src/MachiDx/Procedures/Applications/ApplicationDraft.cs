using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Procedures.Applications;

/// <summary>A resident's saved, not yet submitted form: exactly what they typed, to resume later.</summary>
public sealed class ApplicationDraft : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid UserId { get; set; }

    public required string ProcedureCode { get; set; }

    /// <summary>The raw submitted values by field path (JSON object of string arrays).</summary>
    public required string InputJson { get; set; }

    /// <summary>Uploaded files already stored for this draft: field path → stored file id (JSON).</summary>
    public string FilesJson { get; set; } = "{}";

    public DateTime UpdatedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<ApplicationDraft> entity)
    {
        entity.ToTable("application_drafts");
        entity.HasKey(d => d.Id);
        entity.HasIndex(d => new { d.MunicipalityId, d.UserId, d.ProcedureCode }).IsUnique();
        entity.Property(d => d.ProcedureCode).HasMaxLength(80);
        entity.Property(d => d.InputJson).HasMaxLength(64000);
        entity.Property(d => d.FilesJson).HasMaxLength(4000);
    }
}
