using MachiDx.Ledger;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Pay;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Merchants;

/// <summary>One payment as the shop sees it: no payer identity, only amount, time and what was refunded.</summary>
public sealed record SaleLine(string PaymentId, DateTime PaidAtUtc, long AmountYen, long RefundedYen);

/// <summary>A shop's view of its account: unpaid sales, reserved for payout, today's sales and recent payments.</summary>
public sealed record ShopSales(long UnpaidYen, long ReservedForPayoutYen, long TodayYen, int TodayCount, IReadOnlyList<SaleLine> Recent)
{
    /// <summary>Sales per JST day (net of refunds), newest first, for the days in the recent window.</summary>
    public IReadOnlyList<(DateOnly Day, int Count, long NetYen)> Daily => [.. Recent
        .GroupBy(s => DateOnly.FromDateTime(MachiDx.Platform.JapanTime.ToJst(s.PaidAtUtc)))
        .OrderByDescending(g => g.Key)
        .Select(g => (g.Key, g.Count(), g.Sum(s => s.AmountYen - s.RefundedYen)))];
}

/// <summary>Reads a merchant's sales from the ledger (payments credit, refunds and payouts debit its account).</summary>
public sealed class SalesBook(WalletDbContext db, ILedger ledger, TimeProvider time)
{
    public async Task<ShopSales> SalesAsync(Merchant merchant, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(merchant);
        var ledgerId = WalletLedgerIds.Ledger(merchant.MunicipalityId);
        var account = WalletLedgerIds.Merchant(merchant.MunicipalityId, merchant.Id);
        var balance = (await ledger.GetBalancesAsync(ledgerId, new[] { account }, ct))[0]?.Balance ?? default;
        var page = await ledger.GetTransfersAsync(ledgerId, account, new TransferQuery(Limit: Math.Min(1000, limit * 4)), ct);
        var refunds = (await db.Refunds.AsNoTracking().Where(r => r.MerchantId == merchant.Id).Select(r => new { r.PaymentId, r.AmountYen }).ToListAsync(ct))
            .GroupBy(r => r.PaymentId).ToDictionary(g => g.Key, g => g.Sum(r => r.AmountYen), StringComparer.Ordinal);
        var payments = page.Transfers.Where(t => t.Code == (ushort)TransferKind.Payment && t.CreditAccountId == account)
            .GroupBy(t => t.Reference)
            .Select(g => new SaleLine(WalletLedgerIds.Hex(g.Key), WalletLedgerIds.FromLedgerTime(g.Max(t => t.Timestamp)), g.Sum(t => t.Amount),
                refunds.GetValueOrDefault(WalletLedgerIds.Hex(g.Key))))
            .OrderByDescending(s => s.PaidAtUtc).ToList();
        var todayStart = MachiDx.Platform.JapanTime.StartOfDayUtc(MachiDx.Platform.JapanTime.Today(time));
        var today = payments.Where(p => p.PaidAtUtc >= todayStart).ToList();
        return new ShopSales(balance.Available, balance.DebitsPending, today.Sum(p => p.AmountYen - p.RefundedYen), today.Count, [.. payments.Take(limit)]);
    }
}
