using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Pay;

public enum PaymentRequestStatus
{
    Open = 0,
    Paid = 1,
    Cancelled = 2,
}

/// <summary>
/// A one-time QR (★ shop-initiated): the shop enters the amount, the resident only confirms. The token is the
/// payment's idempotency key, so a replayed QR can never pay twice.
/// </summary>
public sealed class PaymentRequest : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid MerchantId { get; set; }

    /// <summary>Unguessable token in the QR's URL.</summary>
    public required string Token { get; set; }

    public long AmountYen { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public PaymentRequestStatus Status { get; set; }

    public Guid? PaidById { get; set; }

    public DateTime? PaidAtUtc { get; set; }

    /// <summary>The ledger payment id (hex) once paid.</summary>
    public string? PaymentId { get; set; }

    public long? BalanceAfterYen { get; set; }

    internal static void Configure(EntityTypeBuilder<PaymentRequest> entity)
    {
        entity.ToTable("payment_requests");
        entity.HasKey(r => r.Id);
        entity.HasIndex(r => new { r.MunicipalityId, r.Token }).IsUnique();
        entity.HasIndex(r => new { r.MunicipalityId, r.MerchantId, r.CreatedAtUtc });
        entity.Property(r => r.Token).HasMaxLength(40);
        entity.Property(r => r.PaymentId).HasMaxLength(32);
    }
}
