using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Charge;

/// <summary>How a charge was paid for.</summary>
public enum ChargeChannel
{
    /// <summary>Cash at a city counter, recorded by staff.</summary>
    Counter = 0,

    /// <summary>Online through a payment provider.</summary>
    Online = 1,
}

public enum ChargeStatus
{
    /// <summary>Recorded; the ledger transfers are being submitted (a crash here is finished by the maintenance job).</summary>
    Pending = 0,
    Completed = 1,

    /// <summary>Refused by the ledger (e.g. the campaign budget ran out between preview and confirmation).</summary>
    Failed = 2,
}

/// <summary>A charge (チャージ) with its receipt: purchased value plus premium, one linked ledger chain.</summary>
public sealed class ChargeRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>受付番号 e.g. "C-20261126-000123", unique per municipality.</summary>
    public required string ReceiptNumber { get; set; }

    public Guid ResidentId { get; set; }

    public long AmountYen { get; set; }

    public long PremiumYen { get; set; }

    public int PremiumRatePercent { get; set; }

    public Guid? CampaignId { get; set; }

    public ChargeChannel Channel { get; set; }

    /// <summary>Provider reference of an online payment, or the staff member's name for a counter charge.</summary>
    public required string ChannelReference { get; set; }

    public Guid PurchasedLotId { get; set; }

    public Guid? PremiumLotId { get; set; }

    public ChargeStatus Status { get; set; }

    public string? FailureReason { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Idempotency key of the request that created it (a double submit finds this row).</summary>
    public required string RequestKey { get; set; }

    internal static void Configure(EntityTypeBuilder<ChargeRecord> entity)
    {
        entity.ToTable("charges");
        entity.HasKey(c => c.Id);
        entity.HasIndex(c => new { c.MunicipalityId, c.ReceiptNumber }).IsUnique();
        entity.HasIndex(c => new { c.MunicipalityId, c.RequestKey }).IsUnique();
        entity.HasIndex(c => new { c.MunicipalityId, c.ResidentId, c.CreatedAtUtc });
        entity.Property(c => c.ReceiptNumber).HasMaxLength(30);
        entity.Property(c => c.ChannelReference).HasMaxLength(100);
        entity.Property(c => c.FailureReason).HasMaxLength(200);
        entity.Property(c => c.RequestKey).HasMaxLength(64);
    }
}
