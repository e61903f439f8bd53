using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Settings;

/// <summary>Who issues the currency in law (資金決済法). Compliance features are on for the last two and available to all.</summary>
public enum IssuerMode
{
    /// <summary>The city issues it (法4条3号): outside the prepaid-instrument chapter.</summary>
    CityIssued = 0,

    /// <summary>A registered third-party issuer (第三者型, 法7条).</summary>
    ThirdParty = 1,

    /// <summary>The issuer's own shops only (自家型): 届出 after the first 基準日 over ¥10,000,000.</summary>
    SelfIssued = 2,
}

/// <summary>How often merchants are paid out (換金サイクル).</summary>
public enum PayoutCycle
{
    Daily = 0,
    Weekly = 1,
    Monthly = 2,
}

/// <summary>The value kinds a wallet keeps apart, because the law treats them apart.</summary>
public enum Bucket
{
    /// <summary>チャージ残高: purchased value, a 前払式支払手段.</summary>
    Purchased = 0,

    /// <summary>プレミアム: granted on a charge; free value.</summary>
    Premium = 1,

    /// <summary>ポイント: rewards for activities; free value, not a prepaid instrument.</summary>
    Points = 2,
}

/// <summary>One municipality's currency: name, issuer, limits, validity per bucket, spending order, tiers, payouts.</summary>
public sealed class WalletSettings : ITenantOwned
{
    public int MunicipalityId { get; set; }

    /// <summary>The currency's name, e.g. 「おおかわコイン」.</summary>
    public required string CurrencyName { get; set; }

    public IssuerMode IssuerMode { get; set; }

    /// <summary>発行者の名称 shown on the 資金決済法 page.</summary>
    public required string IssuerName { get; set; }

    /// <summary>苦情・相談窓口 (address and telephone).</summary>
    public required string ConsultationDesk { get; set; }

    public long MinChargeYen { get; set; } = 1_000;

    public long MaxChargeYen { get; set; } = 50_000;

    public long MonthlyChargeLimitYen { get; set; } = 100_000;

    /// <summary>Wallet balance cap (all buckets).</summary>
    public long BalanceCapYen { get; set; } = 300_000;

    public int PurchasedValidityDays { get; set; } = 365;

    public int PremiumValidityDays { get; set; } = 180;

    public int PointsValidityDays { get; set; } = 180;

    /// <summary>Spending order, first bucket first, e.g. "Points,Premium,Purchased" (granted value first: it expires sooner).</summary>
    public string SpendingOrder { get; set; } = "Points,Premium,Purchased";

    /// <summary>Activity tiers "points:percent" ascending, e.g. "300:2,1000:5": ≥300 pt in the window adds 2 points of premium rate.</summary>
    public string TierRates { get; set; } = "300:2,1000:5";

    /// <summary>Trailing window of the tier, in days.</summary>
    public int TierWindowDays { get; set; } = 180;

    public PayoutCycle PayoutCycle { get; set; } = PayoutCycle.Weekly;

    /// <summary>振込依頼人コード (10 digits) given by the city's bank for 総合振込.</summary>
    public string PayoutRequesterCode { get; set; } = "0000000001";

    /// <summary>振込依頼人名 in half-width kana, e.g. 「ｵｵｶﾜｼ」.</summary>
    public string PayoutRequesterNameKana { get; set; } = "ｼﾔｸｼﾖ";

    /// <summary>The city's paying account (仕向銀行・支店・口座).</summary>
    public string PayoutBankCode { get; set; } = "0177";

    public string PayoutBankNameKana { get; set; } = "ﾌｸｵｶｷﾞﾝｺｳ";

    public string PayoutBranchCode { get; set; } = "001";

    public string PayoutBranchNameKana { get; set; } = "ﾎﾝﾃﾝ";

    public string PayoutAccountNumber { get; set; } = "0000001";

    /// <summary>QRカード: wrong PINs in a row before the card locks.</summary>
    public int CardPinMaxAttempts { get; set; } = 5;

    public DateTime UpdatedAtUtc { get; set; }

    public IReadOnlyList<Bucket> SpendingBuckets() =>
        [.. SpendingOrder.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<Bucket>)];

    public int ValidityDays(Bucket bucket) => bucket switch
    {
        Bucket.Purchased => PurchasedValidityDays,
        Bucket.Premium => PremiumValidityDays,
        _ => PointsValidityDays,
    };

    /// <summary>The tiers as (points needed, extra premium percent), ascending.</summary>
    public IReadOnlyList<(long Points, int Percent)> Tiers() =>
        [.. TierRates.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.Split(':'))
            .Select(p => (long.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(t => t.Item1)];

    public static string IssuerModeLabel(IssuerMode mode) => mode switch
    {
        IssuerMode.CityIssued => "自治体が発行（資金決済法第4条第3号により前払式支払手段の規定の適用除外）",
        IssuerMode.ThirdParty => "第三者型前払式支払手段（登録発行者）",
        _ => "自家型前払式支払手段",
    };

    public static string BucketLabel(Bucket bucket) => bucket switch
    {
        Bucket.Purchased => "チャージ残高",
        Bucket.Premium => "プレミアム",
        _ => "ポイント",
    };

    internal static void Configure(EntityTypeBuilder<WalletSettings> entity)
    {
        entity.ToTable("settings");
        entity.HasKey(s => s.MunicipalityId);
        entity.Property(s => s.MunicipalityId).ValueGeneratedNever();
        entity.Property(s => s.CurrencyName).HasMaxLength(40);
        entity.Property(s => s.IssuerName).HasMaxLength(100);
        entity.Property(s => s.ConsultationDesk).HasMaxLength(300);
        entity.Property(s => s.SpendingOrder).HasMaxLength(60);
        entity.Property(s => s.TierRates).HasMaxLength(200);
        entity.Property(s => s.PayoutRequesterCode).HasMaxLength(10);
        entity.Property(s => s.PayoutRequesterNameKana).HasMaxLength(40);
        entity.Property(s => s.PayoutBankCode).HasMaxLength(4);
        entity.Property(s => s.PayoutBankNameKana).HasMaxLength(15);
        entity.Property(s => s.PayoutBranchCode).HasMaxLength(3);
        entity.Property(s => s.PayoutBranchNameKana).HasMaxLength(15);
        entity.Property(s => s.PayoutAccountNumber).HasMaxLength(7);
    }
}
