using MachiDx.Ledger;

namespace MachiDx.Wallet.Accounts;

/// <summary>Kinds of ledger account the wallet uses (the ledger's account <c>Code</c>).</summary>
public enum AccountKind : ushort
{
    /// <summary>発行（現金受入）: debited by every paid charge; its debit balance is the purchased value issued.</summary>
    CashIn = 1,

    /// <summary>The city's funding of premiums and rewards (一般財源): debited when a budget is funded.</summary>
    CityFunding = 2,

    /// <summary>A premium campaign's budget; never below zero, so a campaign can never overspend.</summary>
    CampaignBudget = 3,

    /// <summary>The budget that pays activity rewards (ポイント).</summary>
    RewardBudget = 4,

    /// <summary>Value reserved and then paid out to merchants' bank accounts (換金).</summary>
    PayoutClearing = 5,

    /// <summary>Value that expired (失効).</summary>
    ExpiredValue = 6,

    /// <summary>Purchased value refunded in cash under an allowed exception (払戻し).</summary>
    CashRefund = 7,

    /// <summary>Fees kept by the city on payouts (換金手数料).</summary>
    FeeIncome = 8,

    /// <summary>A lot of purchased value (チャージ残高).</summary>
    PurchasedLot = 10,

    /// <summary>A lot of premium (プレミアム).</summary>
    PremiumLot = 11,

    /// <summary>A lot of reward points (ポイント).</summary>
    PointsLot = 12,

    /// <summary>A merchant's sales not yet paid out.</summary>
    Merchant = 20,
}

/// <summary>What a transfer is for (the ledger's transfer <c>Code</c>).</summary>
public enum TransferKind : ushort
{
    Charge = 1,
    Premium = 2,
    Reward = 3,
    Payment = 4,
    Refund = 5,
    Payout = 6,
    Expiry = 7,
    Reversal = 8,
    BudgetFunding = 9,
    CashRefund = 10,
    PayoutFee = 11,
}

/// <summary>Deterministic ledger ids of the wallet's accounts and event-derived transfers, per municipality.</summary>
public static class WalletLedgerIds
{
    /// <summary>An id as residents, shops and URLs see it: 32 lower-case hex digits.</summary>
    public static string Hex(UInt128 id) => id.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The id written by <see cref="Hex"/>; null for anything else (wrong length, not hex).</summary>
    public static UInt128? ParseHex(string? hex) =>
        hex is { Length: 32 } && UInt128.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>A ledger timestamp (nanoseconds since the Unix epoch) as UTC.</summary>
    public static DateTime FromLedgerTime(long nanoseconds) => DateTime.UnixEpoch.AddTicks(nanoseconds / 100);

    public static uint Ledger(int municipalityId) => checked((uint)municipalityId);

    public static UInt128 SystemAccount(int municipalityId, AccountKind kind) =>
        LedgerIds.FromParts("wallet", Str(municipalityId), "system", kind.ToString());

    public static UInt128 CampaignBudget(int municipalityId, Guid campaignId) =>
        LedgerIds.FromParts("wallet", Str(municipalityId), "campaign", campaignId.ToString("N"));

    public static UInt128 Merchant(int municipalityId, Guid merchantId) =>
        LedgerIds.FromParts("wallet", Str(municipalityId), "merchant", merchantId.ToString("N"));

    /// <summary>A payment's id from its idempotency key: the same key is the same payment, however often it is sent.</summary>
    public static UInt128 Payment(int municipalityId, string payer, string idempotencyKey) =>
        LedgerIds.FromParts("wallet", Str(municipalityId), "payment", payer, idempotencyKey);

    /// <summary>Leg <paramref name="index"/> of an operation (a payment drawn from several lots, a refund, a charge).</summary>
    public static UInt128 Leg(UInt128 operationId, int index) =>
        LedgerIds.FromParts(operationId.ToString("x32", System.Globalization.CultureInfo.InvariantCulture), Str(index));

    private static string Str(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
