using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Platform.Audit;

/// <summary>
/// One append-only audit record. Records form a hash chain per module and municipality:
/// <see cref="Hash"/> covers every field and the previous record's hash, so editing, deleting or
/// reordering a stored record breaks verification.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>"m{municipalityId}" or "platform".</summary>
    public required string Chain { get; set; }

    public long Sequence { get; set; }

    public int? MunicipalityId { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public Guid? ActorId { get; set; }

    public required string ActorName { get; set; }

    public required string Action { get; set; }

    public required string TargetType { get; set; }

    public required string TargetId { get; set; }

    public string DetailsJson { get; set; } = "{}";

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";

    public static string ChainFor(int? municipalityId) =>
        municipalityId is { } id ? "m" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "platform";

    internal static void Configure(EntityTypeBuilder<AuditEntry> entity)
    {
        entity.ToTable("audit_entries");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Chain).HasMaxLength(32);
        entity.Property(e => e.Action).HasMaxLength(100);
        entity.Property(e => e.TargetType).HasMaxLength(100);
        entity.Property(e => e.TargetId).HasMaxLength(100);
        entity.Property(e => e.ActorName).HasMaxLength(200);
        entity.Property(e => e.DetailsJson).HasMaxLength(8000);
        entity.Property(e => e.PreviousHash).HasMaxLength(64);
        entity.Property(e => e.Hash).HasMaxLength(64);
        entity.HasIndex(e => new { e.Chain, e.Sequence }).IsUnique();
    }
}
