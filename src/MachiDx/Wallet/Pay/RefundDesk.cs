using MachiDx.Ledger;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Lots;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Pay;

/// <summary>
/// A shop refunds (part of) a payment back into the lots it was paid from, the last-spent lot first. A lot that has
/// expired since is not refilled: the value goes into a new lot of the same bucket with a fresh validity.
/// The refund's form key is its id, so a double submit refunds once.
/// </summary>
public sealed class RefundDesk(WalletDbContext db, WalletBook book, PaymentDesk payments, AuditTrail audit, TenantContext tenant, TimeProvider time)
{
    public async Task<(RefundRecord? Refund, string? Error)> RefundAsync(Merchant merchant, string paymentHex, long amountYen, string reason, Guid refundId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(merchant);
        if (await db.Refunds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == refundId, ct) is { } done)
        {
            return (done, null);
        }

        var city = tenant.Required;
        var ledgerId = WalletLedgerIds.Ledger(city.Id);
        var shopAccount = WalletLedgerIds.Merchant(city.Id, merchant.Id);
        if (PaymentDesk.ParseHex(paymentHex) is not { } paymentId
            || await payments.LegsAsync(ledgerId, paymentId, ct) is not { Count: > 0 } legs
            || legs.Any(l => l.CreditAccountId != shopAccount))
        {
            return (null, "このお店のお支払いではありません。");
        }

        var paid = legs.Sum(l => l.Amount);
        var refunded = await db.Refunds.Where(r => r.PaymentId == paymentHex).SumAsync(r => r.AmountYen, ct);
        if (amountYen <= 0 || amountYen > paid - refunded)
        {
            return (null, $"返金できる金額は1円から{paid - refunded:N0}円までです。");
        }

        var lotIds = legs.Select(l => LedgerIds.ToGuid(l.DebitAccountId)).ToList();
        var lots = await db.Lots.AsNoTracking().Where(l => lotIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var residentId = lots.Values.First().ResidentId;
        var settings = await book.SettingsAsync(city, ct);
        var now = time.GetUtcNow().UtcDateTime;

        // Capacity per leg, last leg first; the first `refunded` yen of it were used by earlier refunds.
        var plan = new List<(UInt128 Lot, long Amount, Bucket Bucket)>();
        long skip = refunded, left = amountYen;
        foreach (var leg in legs.AsEnumerable().Reverse())
        {
            var capacity = leg.Amount;
            var used = Math.Min(skip, capacity);
            skip -= used;
            var take = Math.Min(left, capacity - used);
            if (take > 0)
            {
                plan.Add((leg.DebitAccountId, take, lots[LedgerIds.ToGuid(leg.DebitAccountId)].Bucket));
                left -= take;
            }
        }

        var regrants = new List<Lot>();
        for (var i = 0; i < plan.Count; i++)
        {
            var lot = lots[LedgerIds.ToGuid(plan[i].Lot)];
            if (lot.ExpiresAtUtc <= now || lot.ExpiredAtUtc is not null)
            {
                var fresh = ChargeDesk.NewLot(city.Id, residentId, lot.Bucket, LotSource.RefundRegrant, paymentHex[..16], "返金（" + merchant.Name + "）", plan[i].Amount, now, settings);
                regrants.Add(fresh);
                plan[i] = (LedgerIds.FromGuid(fresh.Id), plan[i].Amount, plan[i].Bucket);
            }
        }

        await book.NewLotsAsync(db, regrants, ct);
        var record = new RefundRecord
        {
            Id = refundId,
            MunicipalityId = city.Id,
            MerchantId = merchant.Id,
            PaymentId = paymentHex,
            ResidentId = residentId,
            AmountYen = amountYen,
            PointsYen = plan.Where(p => p.Bucket == Bucket.Points).Sum(p => p.Amount),
            Reason = reason,
            CreatedAtUtc = now,
        };
        db.Refunds.Add(record);
        audit.Record(db, "wallet.refund", "payment", paymentHex, $"{merchant.ShopCode} {amountYen}円 {reason}");
        await db.SaveChangesAsync(ct);

        var operation = LedgerIds.FromGuid(refundId);
        var transfers = plan.Select((p, i) => new Transfer(WalletLedgerIds.Leg(operation, i), shopAccount, p.Lot, p.Amount, ledgerId,
            (ushort)TransferKind.Refund, i < plan.Count - 1 ? TransferFlags.Linked : TransferFlags.None, Reference: paymentId)).ToArray();
        var results = await book.Ledger.SubmitAsync(transfers, ct);
        if (results.All(r => r.IsSuccess))
        {
            book.InvalidateLots(city.Id, residentId);
            return (record, null);
        }

        db.Refunds.Remove(record);
        await db.SaveChangesAsync(ct);
        return (null, results.Any(r => r.Code is TransferResultCode.ExceedsDebits or TransferResultCode.InsufficientFunds)
            ? "売上の残高が足りないため返金できません（換金の手続き中または換金済みです）。市の担当窓口にご相談ください。"
            : "返金を完了できませんでした。お金は動いていません。もう一度お試しください。");
    }
}
