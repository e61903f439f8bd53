using System.Globalization;
using MachiDx.Platform.Hosting;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Pay;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Integrity;

/// <summary>
/// Refunds per payment ≤ the payment: for every refunded payment, the sum of its refund records and, separately, the sum
/// of the ledger's refund transfers that reference it, are each at most the sum of the payment's legs in the ledger.
/// </summary>
internal sealed class RefundRuleCheck(WalletDbContext db, LedgerSums sums, WalletBook book) : IMunicipalityIntegrityCheck
{
    public const string Name = "refunds ≤ payment";

    public async Task<IReadOnlyList<IntegrityResult>> CheckAsync(MunicipalityInfo city, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(city);
        var ct = cancellationToken;
        var recorded = await db.Refunds.AsNoTracking().GroupBy(r => r.PaymentId)
            .Select(g => new { PaymentId = g.Key, Yen = g.Sum(r => r.AmountYen) }).ToListAsync(ct);
        var inLedger = await sums.SumByAsync(city.Id, "reference", TransferKind.Refund, null, ct);
        var paid = await sums.SumByAsync(city.Id, "reference", TransferKind.Payment, TransferKind.Refund, ct);

        // A refund record whose payment has no refund transfer (none is expected) is looked up leg by leg.
        foreach (var r in recorded)
        {
            if (WalletLedgerIds.ParseHex(r.PaymentId) is { } id && !paid.ContainsKey(id))
            {
                paid[id] = (await book.PaymentLegsAsync(WalletLedgerIds.Ledger(city.Id), id, ct)).Sum(l => l.Amount);
            }
        }

        long Paid(string hex) => WalletLedgerIds.ParseHex(hex) is { } id ? paid.GetValueOrDefault(id) : 0;
        var overRecorded = recorded.Where(r => r.Yen > Paid(r.PaymentId)).Select(r => r.PaymentId).ToList();
        var overLedger = inLedger.Where(r => r.Value > paid.GetValueOrDefault(r.Key)).Select(r => WalletLedgerIds.Hex(r.Key)).ToList();
        var offending = overRecorded.Union(overLedger).ToList();
        var rows = offending.Count == 0 ? [] : await db.Refunds.AsNoTracking().Where(r => offending.Contains(r.PaymentId))
            .OrderBy(r => r.CreatedAtUtc).Select(r => new { r.Id, r.PaymentId, r.MerchantId, r.AmountYen }).ToListAsync(ct);
        var c = CultureInfo.InvariantCulture;
        var offences = offending.Select(hex =>
        {
            var mine = rows.Where(r => r.PaymentId == hex).ToList();
            var ledgerYen = WalletLedgerIds.ParseHex(hex) is { } id ? inLedger.GetValueOrDefault(id) : 0;
            return string.Create(c, $"payment {hex} paid ¥{Paid(hex):N0}: refund records ¥{mine.Sum(r => r.AmountYen):N0}, ledger refunds ¥{ledgerYen:N0}")
                + (mine.Count == 0 ? "" : " [" + string.Join(", ", mine.Select(r => string.Create(c, $"refund {r.Id} ¥{r.AmountYen:N0} merchant {r.MerchantId}"))) + "]");
        }).ToList();
        return [IntegrityDetail.Of(Name, city, offences, string.Create(c, $"{recorded.Count} refunded payments within their amounts"))];
    }
}
