using MachiDx.Ledger;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Home;

/// <summary>One line of a resident's history: what happened, in plain Japanese, and the net change.</summary>
public sealed record HistoryLine(DateTime AtUtc, string Description, long ChangeYen);

/// <summary>
/// Builds a resident's history from the ledger: the transfers of each of the resident's lots, merged, with the legs
/// of one payment (same reference) shown as one line.
/// </summary>
public sealed class WalletHistory(WalletDbContext db, WalletDirectory directory, ILedger ledger)
{
    public async Task<IReadOnlyList<HistoryLine>> RecentAsync(MunicipalityInfo city, Guid residentId, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(city);
        var municipalityId = city.Id;
        var lots = await directory.LotsAsync(city, residentId, reload: false, ct);
        var ledgerId = WalletLedgerIds.Ledger(municipalityId);
        var mine = lots.ToDictionary(l => l.AccountId);
        var transfers = new List<Transfer>();
        foreach (var lot in lots.OrderByDescending(l => l.GrantedAtUtc).Take(200))
        {
            var page = await ledger.GetTransfersAsync(ledgerId, lot.AccountId, new TransferQuery(Cursor: null, Limit: limit), ct);
            transfers.AddRange(page.Transfers);
        }

        var shops = (await db.Merchants.AsNoTracking().Select(m => new { m.Id, m.Name }).ToListAsync(ct))
            .ToDictionary(m => WalletLedgerIds.Merchant(municipalityId, m.Id), m => m.Name);
        return [.. transfers.DistinctBy(t => t.Id)
            .GroupBy(t => (t.Reference == 0 ? t.Id : t.Reference, t.Code))
            .Select(g =>
            {
                var first = g.First();
                var change = g.Sum(t => mine.ContainsKey(t.CreditAccountId) ? t.Amount : -t.Amount);
                return new HistoryLine(PaymentTime(g.Max(t => t.Timestamp)), Describe(first, mine, shops), change);
            })
            .OrderByDescending(l => l.AtUtc)
            .Take(limit)];
    }

    private static DateTime PaymentTime(long ts) => WalletLedgerIds.FromLedgerTime(ts);

    private static string Describe(Transfer t, Dictionary<UInt128, LotInfo> mine, Dictionary<UInt128, string> shops) => (TransferKind)t.Code switch
    {
        TransferKind.Payment => $"お支払い（{shops.GetValueOrDefault(t.CreditAccountId, "加盟店")}）",
        TransferKind.Refund => $"返金（{shops.GetValueOrDefault(t.DebitAccountId, "加盟店")}）",
        TransferKind.Expiry => "有効期限切れ（" + (mine.TryGetValue(t.DebitAccountId, out var l) ? l.Description : "") + "）",
        TransferKind.CashRefund => "払戻し",
        _ => mine.TryGetValue(t.CreditAccountId, out var lot) ? lot.Description : "入金",
    };
}
