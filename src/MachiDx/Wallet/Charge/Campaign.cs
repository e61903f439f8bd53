using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Charge;

/// <summary>
/// A premium campaign: a period, a base premium rate and a budget. The budget is a ledger account that may
/// not go below zero, so the campaign stops by itself when the budget is spent, even under concurrent charges.
/// </summary>
public sealed class Campaign : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string Name { get; set; }

    public DateTime StartsAtUtc { get; set; }

    public DateTime EndsAtUtc { get; set; }

    /// <summary>Base premium rate in percent, for every resident.</summary>
    public int BaseRatePercent { get; set; }

    /// <summary>Largest premium on one charge (0 = no limit).</summary>
    public long MaxPremiumPerChargeYen { get; set; }

    public long BudgetYen { get; set; }

    /// <summary>Set when the staff closed it early.</summary>
    public DateTime? ClosedAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public bool IsOpenAt(DateTime utc) => ClosedAtUtc is null && StartsAtUtc <= utc && utc < EndsAtUtc;

    internal static void Configure(EntityTypeBuilder<Campaign> entity)
    {
        entity.ToTable("campaigns");
        entity.HasKey(c => c.Id);
        entity.HasIndex(c => new { c.MunicipalityId, c.StartsAtUtc });
        entity.Property(c => c.Name).HasMaxLength(100);
    }
}
