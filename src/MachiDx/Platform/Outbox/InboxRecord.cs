using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Platform.Outbox;

/// <summary>Proof that a handler has applied a message, stored with the handler's effect in the consuming module's context.</summary>
public sealed class InboxRecord
{
    public Guid MessageId { get; set; }

    public required string Handler { get; set; }

    public DateTime ProcessedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<InboxRecord> entity)
    {
        entity.ToTable("inbox_records");
        entity.HasKey(e => new { e.MessageId, e.Handler });
        entity.Property(e => e.Handler).HasMaxLength(200);
    }
}
