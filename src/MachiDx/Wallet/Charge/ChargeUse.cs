using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Charge;

/// <summary>
/// One row per resident holding what they charged in the current JST month, so that the monthly limit is kept by the
/// database: a charge reserves its amount with one conditional update (<c>charged + amount ≤ limit</c>, the month rolling
/// over in the same statement) in the transaction that records it. The update also locks the row until that
/// transaction ends, which serialises a resident's charges on every node for the balance-cap check.
/// </summary>
public sealed class ChargeUse : ITenantOwned
{
    public int MunicipalityId { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>JST month of <see cref="ChargedYen"/>, as yyyyMM.</summary>
    public int Month { get; set; }

    /// <summary>Charged (completed or pending) in <see cref="Month"/>.</summary>
    public long ChargedYen { get; set; }

    internal static void Configure(EntityTypeBuilder<ChargeUse> entity)
    {
        entity.ToTable("charge_use");
        entity.HasKey(u => new { u.MunicipalityId, u.ResidentId });
    }
}
