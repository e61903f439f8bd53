using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Procedures.Applications;

/// <summary>
/// The last receipt number issued in one municipality under one prefix (the Japan-time year, "2026-"). A submission
/// takes the next number by incrementing this row inside its own transaction, so numbers are unique and without gaps
/// however many submissions arrive at once, on any node (the row is locked until the submission commits or rolls back).
/// </summary>
public sealed class ReceiptCounter : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string Prefix { get; set; }

    public int Last { get; set; }

    internal static void Configure(EntityTypeBuilder<ReceiptCounter> entity)
    {
        entity.ToTable("receipt_counters");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.Prefix).HasMaxLength(10);
        entity.HasIndex(c => new { c.MunicipalityId, c.Prefix }).IsUnique();
    }
}
