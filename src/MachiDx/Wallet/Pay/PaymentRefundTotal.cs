using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Pay;

/// <summary>
/// What has been refunded of one payment, kept beside the refunds so that "refunds ≤ the payment" is held by the
/// database: a refund reserves its amount with one conditional update (<c>refunded + amount ≤ paid</c>) in the
/// transaction that records it, so concurrent refunds (several tabs, several nodes) cannot together exceed the payment.
/// The row is created at a payment's first refund, from the refunds recorded before it existed.
/// </summary>
public sealed class PaymentRefundTotal : ITenantOwned
{
    public int MunicipalityId { get; set; }

    /// <summary>The payment's ledger id (hex).</summary>
    public required string PaymentId { get; set; }

    /// <summary>The payment's amount (the sum of its legs; ledger transfers never change).</summary>
    public long PaidYen { get; set; }

    public long RefundedYen { get; set; }

    internal static void Configure(EntityTypeBuilder<PaymentRefundTotal> entity)
    {
        entity.ToTable("payment_refund_totals", t => t.HasCheckConstraint("ck_payment_refund_totals_within_payment", "\"RefundedYen\" >= 0 AND \"RefundedYen\" <= \"PaidYen\""));
        entity.HasKey(r => new { r.MunicipalityId, r.PaymentId });
        entity.Property(r => r.PaymentId).HasMaxLength(32);
    }
}
