using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Compliance;

public enum CashRefundStatus
{
    /// <summary>Recorded; the ledger chain is being submitted (its ids come from the record, so it can be submitted again).</summary>
    Pending = 0,
    Completed = 1,

    /// <summary>Refused by the ledger (e.g. the balance changed meanwhile): nothing moved.</summary>
    Failed = 2,
}

/// <summary>
/// A cash refund (払戻し) of a resident's whole purchased balance, one ledger chain from each purchased lot to the
/// CashRefund account. Premium and points are never refunded in cash.
/// </summary>
public sealed class CashRefundRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>The resident's name at the time (the refund slip).</summary>
    public required string ResidentName { get; set; }

    public CashRefundReason Reason { get; set; }

    public long AmountYen { get; set; }

    public Guid? StaffId { get; set; }

    public required string StaffName { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public CashRefundStatus Status { get; set; }

    /// <summary>The legs as "lot-guid:amount" separated by ';', in chain order (leg i has id Leg(record id, i)).</summary>
    public required string Legs { get; set; }

    /// <summary>Idempotency key of the form submission (a double submit finds this row).</summary>
    public required string RequestKey { get; set; }

    public string? FailureReason { get; set; }

    public static string ReasonLabel(CashRefundReason reason) => reason switch
    {
        CashRefundReason.MovedAway => "転居（市外への転出）",
        _ => "事業の廃止（プログラム終了）",
    };

    internal static void Configure(EntityTypeBuilder<CashRefundRecord> entity)
    {
        entity.ToTable("cash_refunds");
        entity.HasKey(r => r.Id);
        entity.HasIndex(r => new { r.MunicipalityId, r.RequestKey }).IsUnique();
        entity.HasIndex(r => new { r.MunicipalityId, r.CreatedAtUtc });
        entity.Property(r => r.ResidentName).HasMaxLength(100);
        entity.Property(r => r.StaffName).HasMaxLength(100);
        entity.Property(r => r.Legs).HasMaxLength(4000);
        entity.Property(r => r.RequestKey).HasMaxLength(64);
        entity.Property(r => r.FailureReason).HasMaxLength(200);
    }
}
