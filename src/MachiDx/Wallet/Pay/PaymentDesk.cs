using MachiDx.Ledger;
using MachiDx.Platform.Rules;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Merchants;

namespace MachiDx.Wallet.Pay;

public enum PaymentStatus
{
    /// <summary>Paid now.</summary>
    Paid,

    /// <summary>The same idempotency key was paid before: the original payment, nothing moved again.</summary>
    AlreadyPaid,
    InsufficientFunds,
    InvalidAmount,
    ShopNotAccepting,

    /// <summary>The ledger is at capacity; retry with the same key.</summary>
    Busy,

    /// <summary>The idempotency key was paid before with another amount or shop: refused, nothing moved.</summary>
    KeyReusedWithDifferentRequest,
}

/// <summary>What a payment did. <see cref="PaymentId"/> is the ledger id (hex) shared by all its legs.</summary>
public sealed record PaymentOutcome(PaymentStatus Status, string? PaymentId = null, long AmountYen = 0, long BalanceAfterYen = 0, DateTime? PaidAtUtc = null)
{
    public const string DifferentRequestTitle = "同じ識別キーで異なる内容の支払いが送られました";

    public bool Succeeded => Status is PaymentStatus.Paid or PaymentStatus.AlreadyPaid;

    /// <summary>Why nothing was paid (null when paid or already paid): a busy ledger may be retried with the same key.</summary>
    public Refusal? Refusal => Status switch
    {
        PaymentStatus.Paid or PaymentStatus.AlreadyPaid => null,
        PaymentStatus.InvalidAmount => Refusal.Invalid(Message, "amountYen"),
        PaymentStatus.Busy => Refusal.Busy(Message),
        _ => Refusal.Invalid(Message),
    };

    public string Message => Status switch
    {
        PaymentStatus.Paid => "お支払いが完了しました。",
        PaymentStatus.AlreadyPaid => "このお支払いはすでに完了しています（二重に支払われることはありません）。",
        PaymentStatus.InsufficientFunds => "残高が足りません。チャージしてからもう一度お試しください。",
        PaymentStatus.InvalidAmount => $"金額は1円から{PaymentDesk.MaxPaymentYen:N0}円までの整数で入力してください。",
        PaymentStatus.ShopNotAccepting => "このお店では現在お支払いを受け付けていません。",
        PaymentStatus.KeyReusedWithDifferentRequest => DifferentRequestTitle + "。このお支払いは行われていません（先に送られたお支払いのみ有効です）。お手数ですが、最初からやり直してください。",
        _ => "ただいま混み合っています。少し待ってからもう一度お試しください（二重に支払われることはありません）。",
    };
}

/// <summary>
/// Pays a merchant from a resident's lots: the lots are taken in the city's bucket order, earliest expiry first,
/// as one linked chain of ledger transfers (all legs or none). The payment id comes from the caller's idempotency
/// key, and leg i's id from the payment id, so a retry, a double tap or a replayed one-time QR finds the legs
/// already written and pays nothing twice. Nothing here writes through EF: the ledger is the record of payments.
/// </summary>
public sealed class PaymentDesk(WalletDirectory directory, WalletBook book, ILedger ledger)
{
    public const long MaxPaymentYen = 1_000_000;
    private const int MaxAttempts = 5;

    public async Task<PaymentOutcome> PayAsync(
        MunicipalityInfo city, Guid residentId, MerchantCard merchant, long amountYen, string idempotencyKey, CancellationToken ct,
        string? keyScope = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(merchant);
        if (amountYen is <= 0 or > MaxPaymentYen)
        {
            return new PaymentOutcome(PaymentStatus.InvalidAmount);
        }

        if (!merchant.Accepting)
        {
            return new PaymentOutcome(PaymentStatus.ShopNotAccepting);
        }

        var settings = await directory.SettingsAsync(city, ct);
        var order = settings.SpendingBuckets();
        var ledgerId = WalletLedgerIds.Ledger(city.Id);
        // A key is the payer's own (a tap on their phone) unless scoped to something shared, such as a one-time QR,
        // which must be paid once by whoever scans it first.
        var paymentId = WalletLedgerIds.Payment(city.Id, keyScope ?? residentId.ToString("N"), idempotencyKey);
        var merchantAccount = WalletLedgerIds.Merchant(city.Id, merchant.Id);

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var wallet = await book.ViewAsync(city, residentId, reload: attempt > 0, ct);
            var plan = Plan(wallet, order, amountYen);
            if (plan is null)
            {
                // A replay of a payment that emptied the wallet finds its legs; otherwise read the lots again once
                // (the cache may miss a grant made on another node) before refusing.
                if (await FindExistingAsync(ledgerId, paymentId, amountYen, merchantAccount, wallet, ct) is { } existing)
                {
                    return existing;
                }

                if (attempt == 0)
                {
                    continue;
                }

                return new PaymentOutcome(PaymentStatus.InsufficientFunds);
            }

            var transfers = new Transfer[plan.Count];
            for (var i = 0; i < plan.Count; i++)
            {
                transfers[i] = new Transfer(WalletLedgerIds.Leg(paymentId, i), plan[i].Lot.Lot.AccountId, merchantAccount, plan[i].Take, ledgerId,
                    (ushort)TransferKind.Payment, i < plan.Count - 1 ? TransferFlags.Linked : TransferFlags.None, Reference: paymentId);
            }

            var results = await ledger.SubmitAsync(transfers, ct);
            if (results.All(r => r.Code == TransferResultCode.Ok))
            {
                var spent = plan.Sum(p => p.Take);
                return new PaymentOutcome(PaymentStatus.Paid, WalletLedgerIds.Hex(paymentId), amountYen, wallet.Total - spent, WalletLedgerIds.FromLedgerTime(results[^1].Timestamp));
            }

            var failure = results.Select(r => r.Code).FirstOrDefault(c => c is not (TransferResultCode.Ok or TransferResultCode.Exists or TransferResultCode.LinkedEventFailed));
            if (results.All(r => r.IsSuccess) || failure is TransferResultCode.ExistsWithDifferentFields)
            {
                return await FindExistingAsync(ledgerId, paymentId, amountYen, merchantAccount, wallet, ct)
                    ?? throw new InvalidOperationException("A payment leg exists but the payment cannot be read back.");
            }

            switch (failure)
            {
                case TransferResultCode.InsufficientFunds or TransferResultCode.ExceedsDebits:
                    continue; // Another payment spent a lot between the plan and the commit: plan again.
                case TransferResultCode.CreditAccountNotFound:
                    return new PaymentOutcome(PaymentStatus.ShopNotAccepting);
                case TransferResultCode.Busy or TransferResultCode.ShuttingDown or TransferResultCode.LedgerOwnedByAnotherWriter:
                    return new PaymentOutcome(PaymentStatus.Busy);
                default:
                    throw new InvalidOperationException($"The ledger refused a payment: {failure}.");
            }
        }

        return new PaymentOutcome(PaymentStatus.InsufficientFunds);
    }

    /// <summary>The payment's legs when every one was paid from the resident's own lots; empty otherwise (not theirs, or unknown).</summary>
    public async Task<IReadOnlyList<Transfer>> LegsOfAsync(MunicipalityInfo city, Guid residentId, UInt128 paymentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(city);
        var legs = await book.PaymentLegsAsync(WalletLedgerIds.Ledger(city.Id), paymentId, ct);
        if (legs.Count == 0)
        {
            return [];
        }

        var mine = (await directory.LotsAsync(city, residentId, reload: false, ct)).Select(l => l.AccountId).ToHashSet();
        return legs.All(l => mine.Contains(l.DebitAccountId)) ? legs : [];
    }

    // A replay is the same payment only when it asks for the same amount at the same shop: the legs already carry both
    // (amount, credit account), so a key reused for another request is recognised without storing a fingerprint. The
    // ledger itself never applies such a request (a leg id that exists with other fields fails the whole chain).
    private async Task<PaymentOutcome?> FindExistingAsync(uint ledgerId, UInt128 paymentId, long amountYen, UInt128 merchantAccount, WalletView now, CancellationToken ct)
    {
        var legs = await book.PaymentLegsAsync(ledgerId, paymentId, ct);
        if (legs.Count == 0)
        {
            return null;
        }

        if (legs.Sum(l => l.Amount) != amountYen || legs.Any(l => l.CreditAccountId != merchantAccount))
        {
            return new PaymentOutcome(PaymentStatus.KeyReusedWithDifferentRequest);
        }

        return new PaymentOutcome(PaymentStatus.AlreadyPaid, WalletLedgerIds.Hex(paymentId), legs.Sum(l => l.Amount), now.Total, WalletLedgerIds.FromLedgerTime(legs[^1].Timestamp));
    }

    internal static List<(LotBalance Lot, long Take)>? Plan(WalletView wallet, IReadOnlyList<Settings.Bucket> order, long amount)
    {
        var plan = new List<(LotBalance, long)>();
        var left = amount;
        foreach (var lot in wallet.Lots.Where(l => l.RemainingYen > 0)
                     .OrderBy(l => Rank(order, l.Lot.Bucket)).ThenBy(l => l.Lot.ExpiresAtUtc).ThenBy(l => l.Lot.AccountId))
        {
            var take = Math.Min(left, lot.RemainingYen);
            plan.Add((lot, take));
            left -= take;
            if (left == 0)
            {
                return plan;
            }
        }

        return null;
    }

    private static int Rank(IReadOnlyList<Settings.Bucket> order, Settings.Bucket bucket)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == bucket)
            {
                return i;
            }
        }

        return order.Count;
    }
}
