using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Payouts;

/// <summary>
/// The automatic run of one payout cycle, claimed before it is made: every node runs the hourly upkeep, and the
/// (city, cycle start) key lets exactly one of them create the cycle's run.
/// </summary>
public sealed class PayoutCycleClaim : ITenantOwned
{
    public int MunicipalityId { get; set; }

    /// <summary>The first day (JST) of the cycle: the day, the Monday or the 1st, by the city's payout cycle.</summary>
    public DateOnly CycleStart { get; set; }

    public DateTime ClaimedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<PayoutCycleClaim> entity)
    {
        entity.ToTable("payout_cycle_claims");
        entity.HasKey(c => new { c.MunicipalityId, c.CycleStart });
    }
}
