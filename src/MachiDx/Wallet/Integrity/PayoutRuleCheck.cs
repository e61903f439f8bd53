using System.Globalization;
using MachiDx.Platform.Hosting;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Payouts;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Integrity;

/// <summary>
/// Payouts ≤ sales less fees, as <see cref="PayoutDesk"/> makes them. Each line of a run that pays (confirmed, or held
/// with its 14-day reservation still alive) has fee = ⌊gross × the shop's class fee % (kept on the line) ÷ 100⌋ and
/// net = gross − fee; and per merchant, the nets plus the fees of those lines are at most the merchant's sales (payment
/// transfers into its account) minus its refunds (refund transfers out of it). Rejected runs and expired reservations
/// returned the value to the shop, so they do not count.
/// </summary>
internal sealed class PayoutRuleCheck(WalletDbContext db, LedgerSums sums, TimeProvider time) : IMunicipalityIntegrityCheck
{
    public const string Name = "payouts ≤ sales − fees";

    public async Task<IReadOnlyList<IntegrityResult>> CheckAsync(MunicipalityInfo city, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(city);
        var ct = cancellationToken;
        var reservationsFrom = time.GetUtcNow().UtcDateTime.AddSeconds(-PayoutDesk.ReservationSeconds);
        var lines = await (from l in db.PayoutLines.AsNoTracking()
                           join r in db.PayoutRuns.AsNoTracking() on l.RunId equals r.Id
                           where r.Status == PayoutRunStatus.Confirmed || (r.Status == PayoutRunStatus.Held && r.CreatedAtUtc > reservationsFrom)
                           select new { l.Id, l.RunId, l.MerchantId, l.GrossYen, l.FeePercent, l.FeeYen, l.NetYen }).ToListAsync(ct);
        var shops = await db.Merchants.AsNoTracking().Select(m => new { m.Id, m.ShopCode }).ToDictionaryAsync(m => m.Id, m => m.ShopCode, ct);
        var sales = await sums.SumByAsync(city.Id, "credit_account_id", TransferKind.Payment, null, ct);
        var refunds = await sums.SumByAsync(city.Id, "debit_account_id", TransferKind.Refund, null, ct);
        var c = CultureInfo.InvariantCulture;
        string Shop(Guid id) => shops.TryGetValue(id, out var code) ? code : "?";

        var offences = new List<string>();
        foreach (var l in lines)
        {
            var fee = (long)Math.Floor(l.GrossYen * l.FeePercent / 100m);
            if (l.FeeYen != fee || l.NetYen != l.GrossYen - l.FeeYen || l.NetYen < 0)
            {
                offences.Add(string.Create(c,
                    $"payout line {l.Id} (run {l.RunId}, shop {Shop(l.MerchantId)}): gross ¥{l.GrossYen:N0}, fee ¥{l.FeeYen:N0} (expected ¥{fee:N0} at {l.FeePercent}%), net ¥{l.NetYen:N0}"));
            }
        }

        foreach (var shop in lines.GroupBy(l => l.MerchantId))
        {
            var account = WalletLedgerIds.Merchant(city.Id, shop.Key);
            var earned = sales.GetValueOrDefault(account) - refunds.GetValueOrDefault(account);
            var paidOut = shop.Sum(l => l.NetYen + l.FeeYen);
            if (paidOut > earned)
            {
                offences.Add(string.Create(c,
                    $"merchant {shop.Key} (shop {Shop(shop.Key)}): payouts ¥{shop.Sum(l => l.NetYen):N0} + fees ¥{shop.Sum(l => l.FeeYen):N0} > sales ¥{sales.GetValueOrDefault(account):N0} − refunds ¥{refunds.GetValueOrDefault(account):N0} [lines {string.Join(", ", shop.Select(l => l.Id))}]"));
            }
        }

        return [IntegrityDetail.Of(Name, city, offences, string.Create(c, $"{lines.Count} payout lines within sales less fees"))];
    }
}
