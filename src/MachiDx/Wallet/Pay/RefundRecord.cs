using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Pay;

/// <summary>A merchant's refund of (part of) a payment, back into the lots it was paid from.</summary>
public sealed class RefundRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid MerchantId { get; set; }

    /// <summary>The refunded payment's ledger id (hex).</summary>
    public required string PaymentId { get; set; }

    public Guid ResidentId { get; set; }

    public long AmountYen { get; set; }

    /// <summary>The part of it that went back into points lots (not counted as newly granted points).</summary>
    public long PointsYen { get; set; }

    public required string Reason { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<RefundRecord> entity)
    {
        entity.ToTable("refunds");
        entity.HasKey(r => r.Id);
        entity.HasIndex(r => new { r.MunicipalityId, r.PaymentId });
        entity.Property(r => r.PaymentId).HasMaxLength(32);
        entity.Property(r => r.Reason).HasMaxLength(200);
    }
}
