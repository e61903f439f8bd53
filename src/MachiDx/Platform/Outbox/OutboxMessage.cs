using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Platform.Outbox;

/// <summary>An integration event waiting to be delivered, stored in the publishing module's own outbox table.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>The event's identity: handlers deduplicate on it.</summary>
    public Guid MessageId { get; set; }

    public int? MunicipalityId { get; set; }

    public required string Type { get; set; }

    public required string PayloadJson { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    public DateTime? DispatchedAtUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    internal static void Configure(EntityTypeBuilder<OutboxMessage> entity)
    {
        entity.ToTable("outbox_messages");
        entity.HasKey(e => e.Id);
        entity.HasIndex(e => e.MessageId).IsUnique();
        entity.HasIndex(e => new { e.DispatchedAtUtc, e.NextAttemptAtUtc });
        entity.Property(e => e.Type).HasMaxLength(200);
        entity.Property(e => e.PayloadJson).HasMaxLength(16000);
        entity.Property(e => e.LastError).HasMaxLength(2000);
    }
}
