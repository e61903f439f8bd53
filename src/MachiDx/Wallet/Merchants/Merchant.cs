using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Merchants;

public enum MerchantStatus
{
    Applied = 0,
    Approved = 1,
    Rejected = 2,
    Suspended = 3,
}

/// <summary>A merchant class (業種区分) with its payout fee, per the city's rules (e.g. 大型店 1.8%, 中小店 1.5%).</summary>
public enum MerchantClass
{
    /// <summary>中小店舗.</summary>
    Small = 0,

    /// <summary>大型店舗・チェーン.</summary>
    Large = 1,

    /// <summary>公共施設・団体 (no fee).</summary>
    Public = 2,
}

public enum BankAccountType
{
    /// <summary>普通.</summary>
    Ordinary = 1,

    /// <summary>当座.</summary>
    Current = 2,

    /// <summary>貯蓄.</summary>
    Savings = 4,
}

/// <summary>A shop (加盟店) that accepts the currency, and its payout bank account.</summary>
public sealed class Merchant : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>The user who applied and runs the shop's pages.</summary>
    public Guid OwnerId { get; set; }

    /// <summary>店舗コード printed on the static QR, e.g. "S7K2M9QF"; unique per municipality, not guessable in sequence.</summary>
    public required string ShopCode { get; set; }

    public required string Name { get; set; }

    public required string Address { get; set; }

    /// <summary>業種, e.g. 「飲食」「小売」.</summary>
    public required string Category { get; set; }

    public MerchantClass Class { get; set; }

    public required string BankCode { get; set; }

    public required string BranchCode { get; set; }

    public BankAccountType AccountType { get; set; }

    public required string AccountNumber { get; set; }

    /// <summary>口座名義 in half-width katakana (全銀 character set).</summary>
    public required string AccountHolderKana { get; set; }

    public MerchantStatus Status { get; set; }

    public string? ReviewNote { get; set; }

    public DateTime AppliedAtUtc { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    public static decimal FeePercent(MerchantClass merchantClass) => merchantClass switch
    {
        MerchantClass.Small => 1.5m,
        MerchantClass.Large => 1.8m,
        _ => 0m,
    };

    public static string ClassLabel(MerchantClass merchantClass) => merchantClass switch
    {
        MerchantClass.Small => "中小店舗",
        MerchantClass.Large => "大型店舗・チェーン",
        _ => "公共施設・団体",
    };

    public static string StatusLabel(MerchantStatus status) => status switch
    {
        MerchantStatus.Applied => "審査中",
        MerchantStatus.Approved => "加盟中",
        MerchantStatus.Rejected => "不承認",
        _ => "利用停止中",
    };

    internal static void Configure(EntityTypeBuilder<Merchant> entity)
    {
        entity.ToTable("merchants");
        entity.HasKey(m => m.Id);
        entity.HasIndex(m => new { m.MunicipalityId, m.ShopCode }).IsUnique();
        // One shop per owner in a city: applications sent at the same moment (two tabs, a double click) make one.
        entity.HasIndex(m => new { m.MunicipalityId, m.OwnerId }).IsUnique();
        entity.Property(m => m.ShopCode).HasMaxLength(12);
        entity.Property(m => m.Name).HasMaxLength(100);
        entity.Property(m => m.Address).HasMaxLength(200);
        entity.Property(m => m.Category).HasMaxLength(40);
        entity.Property(m => m.BankCode).HasMaxLength(4);
        entity.Property(m => m.BranchCode).HasMaxLength(3);
        entity.Property(m => m.AccountNumber).HasMaxLength(7);
        entity.Property(m => m.AccountHolderKana).HasMaxLength(30);
        entity.Property(m => m.ReviewNote).HasMaxLength(500);
    }
}
