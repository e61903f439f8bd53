using MachiDx.Ledger;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Rules;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Lots;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Pay;

/// <summary>
/// A shop refunds (part of) a payment back into the lots it was paid from, the last-spent lot first. A lot that has
/// expired since is not refilled: the value goes into a new lot of the same bucket with a fresh validity.
/// The refund's form key is its id, so a double submit refunds once. "Refunds ≤ the payment" is held by the payment's
/// <see cref="PaymentRefundTotal"/> row: the amount is reserved there by a conditional update in the transaction that
/// records the refund, so refunds submitted at the same moment (tabs, nodes) cannot together exceed the payment.
/// </summary>
public sealed class RefundDesk(WalletDbContext db, WalletDirectory directory, WalletBook book, ILedger ledger, AuditTrail audit, TenantContext tenant, TimeProvider time)
{
    public async Task<RefundOutcome> RefundAsync(Merchant merchant, string paymentHex, long amountYen, string reason, Guid refundId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(merchant);
        if (await FindAsync(refundId, ct) is { } done)
        {
            return new RefundOutcome(done, null);
        }

        var city = tenant.Required;
        var ledgerId = WalletLedgerIds.Ledger(city.Id);
        var shopAccount = WalletLedgerIds.Merchant(city.Id, merchant.Id);
        if (WalletLedgerIds.ParseHex(paymentHex) is not { } paymentId
            || await book.PaymentLegsAsync(ledgerId, paymentId, ct) is not { Count: > 0 } legs
            || legs.Any(l => l.CreditAccountId != shopAccount))
        {
            return new RefundOutcome(null, Refusal.Of(RefusalKind.NotFound, "このお店のお支払いではありません。"));
        }

        // One spelling per payment, so that the reservation row and the refunds are found by the same key.
        paymentHex = WalletLedgerIds.Hex(paymentId);
        var paid = legs.Sum(l => l.Amount);
        var lotIds = legs.Select(l => LedgerIds.ToGuid(l.DebitAccountId)).ToList();
        var lots = await db.Lots.AsNoTracking().Where(l => lotIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var residentId = lots.Values.First().ResidentId;
        var settings = await directory.SettingsAsync(city, ct);
        var now = time.GetUtcNow().UtcDateTime;

        // A fresh lot stands ready for each leg whose lot has expired (created outside the transaction: on SQLite the
        // ledger writes to the same file); only those the plan uses are recorded, the others stay empty accounts.
        var fresh = lots.Values.Where(l => l.ExpiresAtUtc <= now || l.ExpiredAtUtc is not null).ToDictionary(l => l.Id, l =>
            Lot.Grant(city.Id, residentId, l.Bucket, LotSource.RefundRegrant, paymentHex[..16], "返金（" + merchant.Name + "）", 0, now, settings));
        await book.NewLotAccountsAsync([.. fresh.Values], ct);
        RefundRecord? record = null;
        List<(UInt128 Lot, long Amount, Bucket Bucket)> plan = [];
        if (amountYen > 0)
        {
            try
            {
                await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
                {
                    db.ChangeTracker.Clear();
                    record = null;
                    await using var tx = await db.Database.BeginTransactionAsync(token);
                    await EnsureTotalAsync(city.Id, paymentHex, paid, token);
                    if (await db.RefundTotals.Where(t => t.PaymentId == paymentHex && t.RefundedYen + amountYen <= t.PaidYen)
                            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RefundedYen, t => t.RefundedYen + amountYen), token) != 1)
                    {
                        return; // Disposing the transaction rolls it back.
                    }

                    // The row is ours until commit: what was refunded before this refund decides which legs it refills.
                    var before = await db.RefundTotals.Where(t => t.PaymentId == paymentHex).Select(t => t.RefundedYen).SingleAsync(token) - amountYen;
                    plan = PlanLegs(legs, lots, before, amountYen);
                    for (var i = 0; i < plan.Count; i++)
                    {
                        if (fresh.TryGetValue(LedgerIds.ToGuid(plan[i].Lot), out var regrant))
                        {
                            regrant.GrantedYen = plan[i].Amount;
                            db.Lots.Add(regrant);
                            plan[i] = (LedgerIds.FromGuid(regrant.Id), plan[i].Amount, plan[i].Bucket);
                        }
                    }

                    record = new RefundRecord
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
                    await db.SaveChangesAsync(token);
                    await tx.CommitAsync(token);
                }, ct);
            }
            catch (DbUpdateException)
            {
                // The same form was submitted twice at once: the other submit recorded this refund id first, and this
                // transaction rolled back with its reservation.
                db.ChangeTracker.Clear();
                if (await FindAsync(refundId, ct) is not { } same)
                {
                    throw;
                }

                return new RefundOutcome(same, null);
            }
        }

        if (record is null)
        {
            // A double submit of this very refund that reserved first is the refund, not a refusal.
            if (await FindAsync(refundId, ct) is { } same)
            {
                return new RefundOutcome(same, null);
            }

            var refunded = await db.RefundTotals.AsNoTracking().Where(t => t.PaymentId == paymentHex).Select(t => (long?)t.RefundedYen).SingleOrDefaultAsync(ct) ?? 0;
            return new RefundOutcome(null, refunded >= paid
                ? Refusal.Conflict("このお支払いはすでに全額返金されています。")
                : Refusal.Invalid($"返金できる金額は1円から{paid - refunded:N0}円までです。", "AmountYen"));
        }

        var operation = LedgerIds.FromGuid(refundId);
        var transfers = plan.Select((p, i) => new Transfer(WalletLedgerIds.Leg(operation, i), shopAccount, p.Lot, p.Amount, ledgerId,
            (ushort)TransferKind.Refund, i < plan.Count - 1 ? TransferFlags.Linked : TransferFlags.None, Reference: paymentId)).ToArray();
        var results = await ledger.SubmitAsync(transfers, ct);
        if (results.All(r => r.IsSuccess))
        {
            directory.InvalidateLots(city.Id, residentId);
            return new RefundOutcome(record, null);
        }

        await UndoAsync(refundId, paymentHex, amountYen, ct);
        return new RefundOutcome(null, results.Any(r => r.Code is TransferResultCode.ExceedsDebits or TransferResultCode.InsufficientFunds)
            ? Refusal.Conflict("売上の残高が足りないため返金できません（換金の手続き中または換金済みです）。市の担当窓口にご相談ください。")
            : Refusal.Busy("返金を完了できませんでした。お金は動いていません。もう一度お試しください。"));
    }

    // Capacity per leg, last leg first; the first `before` yen of them went back with earlier refunds.
    private static List<(UInt128 Lot, long Amount, Bucket Bucket)> PlanLegs(IReadOnlyList<Transfer> legs, Dictionary<Guid, Lot> lots, long before, long amount)
    {
        var plan = new List<(UInt128 Lot, long Amount, Bucket Bucket)>();
        long skip = before, left = amount;
        foreach (var leg in legs.AsEnumerable().Reverse())
        {
            var used = Math.Min(skip, leg.Amount);
            skip -= used;
            var take = Math.Min(left, leg.Amount - used);
            if (take > 0)
            {
                plan.Add((leg.DebitAccountId, take, lots[LedgerIds.ToGuid(leg.DebitAccountId)].Bucket));
                left -= take;
            }
        }

        return plan;
    }

    // The payment's first refund creates the row, counting the refunds recorded before the row existed (every later
    // refund is recorded only after reserving on it, so that sum is final). Two first refunds at once: the unique key
    // keeps one row, and the other insert does nothing.
    private async Task EnsureTotalAsync(int municipalityId, string paymentHex, long paid, CancellationToken ct)
    {
        if (await db.RefundTotals.AnyAsync(t => t.PaymentId == paymentHex, ct))
        {
            return;
        }

        var earlier = await db.Refunds.Where(r => r.PaymentId == paymentHex).SumAsync(r => r.AmountYen, ct);
        await db.Database.ExecuteSqlAsync(db.Database.IsNpgsql()
            ? (FormattableString)$"INSERT INTO wallet.payment_refund_totals (\"MunicipalityId\", \"PaymentId\", \"PaidYen\", \"RefundedYen\") VALUES ({municipalityId}, {paymentHex}, {paid}, {earlier}) ON CONFLICT DO NOTHING"
            : (FormattableString)$"INSERT OR IGNORE INTO wallet_payment_refund_totals (MunicipalityId, PaymentId, PaidYen, RefundedYen) VALUES ({municipalityId}, {paymentHex}, {paid}, {earlier})", ct);
    }

    // The ledger refused the refund: the record and the reservation go together, so the amount can be refunded again.
    private async Task UndoAsync(Guid refundId, string paymentHex, long amountYen, CancellationToken ct) =>
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(token);
            if (await db.Refunds.Where(r => r.Id == refundId).ExecuteDeleteAsync(token) == 1)
            {
                await db.RefundTotals.Where(t => t.PaymentId == paymentHex)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.RefundedYen, t => t.RefundedYen - amountYen), token);
            }

            await tx.CommitAsync(token);
        }, ct);

    private Task<RefundRecord?> FindAsync(Guid refundId, CancellationToken ct) =>
        db.Refunds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == refundId, ct);
}

/// <summary>The refund (new, or the one this request key already made), or why none was made.</summary>
public sealed record RefundOutcome(RefundRecord? Refund, Refusal? Refusal)
{
    public string? Error => Refusal?.Message;
}
