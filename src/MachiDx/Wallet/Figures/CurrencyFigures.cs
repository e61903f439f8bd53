using MachiDx.Ledger;
using MachiDx.Platform;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Contracts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Lots;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Figures;

/// <summary>
/// Monthly circulation for the DX dashboard. Charges, premium, points and refunds are summed by JST month in SQL from
/// the wallet's own tables; payments live only in the ledger, so each shop's account is read newest first down to the
/// start of the range (payment legs credit the shop), and a payer is found through the lot the leg was drawn from.
/// </summary>
internal sealed class CurrencyFigures(WalletDbContext db, ILedger ledger, TenantContext tenant) : ICurrencyFigures
{
    private const int JstOffsetHours = 9;

    public async Task<IReadOnlyList<CurrencyMonth>> MonthlyAsync(DateOnly fromMonth, DateOnly toMonth, CancellationToken cancellationToken)
    {
        var city = tenant.Required;
        var first = new DateOnly(fromMonth.Year, fromMonth.Month, 1);
        var last = new DateOnly(toMonth.Year, toMonth.Month, 1);
        if (last < first)
        {
            return [];
        }

        var fromUtc = JapanTime.StartOfDayUtc(first);
        var toUtc = JapanTime.StartOfDayUtc(last.AddMonths(1));

        var charges = await db.Charges.AsNoTracking()
            .Where(c => c.Status == ChargeStatus.Completed && c.CreatedAtUtc >= fromUtc && c.CreatedAtUtc < toUtc)
            .GroupBy(c => new { c.CreatedAtUtc.AddHours(JstOffsetHours).Year, c.CreatedAtUtc.AddHours(JstOffsetHours).Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Charged = g.Sum(c => c.AmountYen), Premium = g.Sum(c => c.PremiumYen) })
            .ToListAsync(cancellationToken);
        var points = await db.Lots.AsNoTracking()
            .Where(l => l.Source == LotSource.Reward && l.GrantedAtUtc >= fromUtc && l.GrantedAtUtc < toUtc)
            .GroupBy(l => new { l.GrantedAtUtc.AddHours(JstOffsetHours).Year, l.GrantedAtUtc.AddHours(JstOffsetHours).Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Points = g.Sum(l => l.GrantedYen) })
            .ToListAsync(cancellationToken);
        var refunds = await db.Refunds.AsNoTracking()
            .Where(r => r.CreatedAtUtc >= fromUtc && r.CreatedAtUtc < toUtc)
            .GroupBy(r => new { r.CreatedAtUtc.AddHours(JstOffsetHours).Year, r.CreatedAtUtc.AddHours(JstOffsetHours).Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Refunded = g.Sum(r => r.AmountYen) })
            .ToListAsync(cancellationToken);
        var chargers = await db.Charges.AsNoTracking()
            .Where(c => c.Status == ChargeStatus.Completed && c.CreatedAtUtc >= fromUtc && c.CreatedAtUtc < toUtc)
            .Select(c => new { c.CreatedAtUtc.AddHours(JstOffsetHours).Year, c.CreatedAtUtc.AddHours(JstOffsetHours).Month, c.ResidentId })
            .Distinct()
            .ToListAsync(cancellationToken);

        var (payments, payers) = await PaymentsAsync(city.Id, fromUtc, toUtc, cancellationToken);
        var active = chargers.Select(c => (new DateOnly(c.Year, c.Month, 1), c.ResidentId)).Concat(payers).Distinct()
            .GroupBy(a => a.Item1).ToDictionary(g => g.Key, g => g.Count());

        var rows = new List<CurrencyMonth>();
        for (var m = first; m <= last; m = m.AddMonths(1))
        {
            var (y, mo) = (m.Year, m.Month);
            var charge = charges.FirstOrDefault(c => c.Year == y && c.Month == mo);
            rows.Add(new CurrencyMonth(
                m,
                charge?.Charged ?? 0,
                charge?.Premium ?? 0,
                points.FirstOrDefault(p => p.Year == y && p.Month == mo)?.Points ?? 0,
                payments.GetValueOrDefault(m),
                refunds.FirstOrDefault(r => r.Year == y && r.Month == mo)?.Refunded ?? 0,
                active.GetValueOrDefault(m)));
        }

        return rows;
    }

    /// <summary>Payments per JST month, and (month, payer) pairs, from every shop's ledger account.</summary>
    private async Task<(Dictionary<DateOnly, long> Totals, List<(DateOnly, Guid)> Payers)> PaymentsAsync(
        int municipalityId, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var ledgerId = WalletLedgerIds.Ledger(municipalityId);
        var fromNs = (fromUtc - DateTime.UnixEpoch).Ticks * 100;
        var toNs = (toUtc - DateTime.UnixEpoch).Ticks * 100;
        var merchants = await db.Merchants.AsNoTracking().Select(m => m.Id).ToListAsync(ct);
        var legs = new List<Transfer>();
        foreach (var merchant in merchants)
        {
            var account = WalletLedgerIds.Merchant(municipalityId, merchant);
            long? cursor = null;
            while (true)
            {
                var page = await ledger.GetTransfersAsync(ledgerId, account, new TransferQuery(cursor, 1000, Descending: true), ct);
                legs.AddRange(page.Transfers.Where(t => t.Code == (ushort)TransferKind.Payment && t.CreditAccountId == account
                    && t.Timestamp >= fromNs && t.Timestamp < toNs));
                if (page.NextCursor is not { } next || page.Transfers.Count == 0 || page.Transfers[^1].Timestamp < fromNs)
                {
                    break;
                }

                cursor = next;
            }
        }

        static DateOnly MonthOf(long ns)
        {
            var jst = JapanTime.ToJst(DateTime.UnixEpoch.AddTicks(ns / 100));
            return new DateOnly(jst.Year, jst.Month, 1);
        }

        var totals = legs.GroupBy(t => MonthOf(t.Timestamp)).ToDictionary(g => g.Key, g => g.Sum(t => (long)t.Amount));
        var lotIds = legs.Select(t => LedgerIds.ToGuid(t.DebitAccountId)).Distinct().ToList();
        var owners = new Dictionary<Guid, Guid>();
        foreach (var chunk in lotIds.Chunk(500))
        {
            foreach (var lot in await db.Lots.AsNoTracking().Where(l => chunk.Contains(l.Id)).Select(l => new { l.Id, l.ResidentId }).ToListAsync(ct))
            {
                owners[lot.Id] = lot.ResidentId;
            }
        }

        var payers = legs.Where(t => owners.ContainsKey(LedgerIds.ToGuid(t.DebitAccountId)))
            .Select(t => (MonthOf(t.Timestamp), owners[LedgerIds.ToGuid(t.DebitAccountId)])).Distinct().ToList();
        return (totals, payers);
    }
}
