using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Compliance;

/// <summary>Whether the city accepts cash refunds at all. Off by default: no row means off.</summary>
public sealed class CashRefundSwitch : ITenantOwned
{
    public int MunicipalityId { get; set; }

    public bool Enabled { get; set; }

    public DateTime ChangedAtUtc { get; set; }

    public required string ChangedBy { get; set; }

    internal static void Configure(EntityTypeBuilder<CashRefundSwitch> entity)
    {
        entity.ToTable("cash_refund_switch");
        entity.HasKey(s => s.MunicipalityId);
        entity.Property(s => s.MunicipalityId).ValueGeneratedNever();
        entity.Property(s => s.ChangedBy).HasMaxLength(100);
    }
}
