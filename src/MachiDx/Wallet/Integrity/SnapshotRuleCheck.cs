using System.Globalization;
using MachiDx.Platform.Hosting;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Compliance;
using MachiDx.Wallet.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Integrity;

/// <summary>
/// 基準日 snapshots reconcile with the ledger. A snapshot (see <see cref="SnapshotDesk"/>) records, per bucket, the value
/// held by lots right before its as-of instant; the ledger keeps every transfer with its timestamp, so the same figures
/// can be recomputed at any later time. "Reconciles" means: its content hash still matches its fields, and its purchased,
/// premium and points totals and its count of lots holding value each equal the sums over the lot accounts of the ledger
/// transfers stamped before <see cref="UnusedBalanceSnapshot.AsOfLedgerTimestamp"/>.
/// </summary>
internal sealed class SnapshotRuleCheck(WalletDbContext db, LedgerSums sums) : IMunicipalityIntegrityCheck
{
    public const string Name = "基準日 snapshots";

    public async Task<IReadOnlyList<IntegrityResult>> CheckAsync(MunicipalityInfo city, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(city);
        var snapshots = await db.Snapshots.AsNoTracking().OrderBy(s => s.BaseDate).ToListAsync(cancellationToken);
        var c = CultureInfo.InvariantCulture;
        var offences = new List<string>();
        foreach (var s in snapshots)
        {
            var totals = await sums.LotTotalsBeforeAsync(city.Id, s.AsOfLedgerTimestamp, cancellationToken);
            var purchased = totals.GetValueOrDefault(AccountKind.PurchasedLot);
            var premium = totals.GetValueOrDefault(AccountKind.PremiumLot);
            var points = totals.GetValueOrDefault(AccountKind.PointsLot);
            var lots = purchased.Lots + premium.Lots + points.Lots;
            var what = string.Create(c, $"snapshot {s.Id} (基準日 {s.BaseDate:yyyy-MM-dd})");
            if (!s.IsIntact)
            {
                offences.Add(what + ": its content hash does not match its figures (edited outside the application)");
            }

            if (s.PurchasedUnusedYen != purchased.Yen || s.PremiumUnusedYen != premium.Yen || s.PointsUnusedYen != points.Yen || s.LotCount != lots)
            {
                offences.Add(what + string.Create(c,
                    $": recorded purchased ¥{s.PurchasedUnusedYen:N0}, premium ¥{s.PremiumUnusedYen:N0}, points ¥{s.PointsUnusedYen:N0}, {s.LotCount} lots; ledger purchased ¥{purchased.Yen:N0}, premium ¥{premium.Yen:N0}, points ¥{points.Yen:N0}, {lots} lots"));
            }
        }

        return [IntegrityDetail.Of(Name, city, offences, string.Create(c, $"{snapshots.Count} snapshots reconcile with the ledger"))];
    }
}
