using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Compliance;

/// <summary>
/// 基準日未使用残高 at one base date: the unused value per bucket at 24:00 JST at its end, read from the ledger's history.
/// Immutable: one per municipality and base date, every property init-only (there is no update path), and a SHA-256 of
/// the canonical content so that a change made to the row outside the application is detectable.
/// Only purchased value is a 前払式支払手段; premium is reported beside it because its treatment is unverified, and points
/// (free rewards) are not a prepaid instrument at all.
/// </summary>
public sealed class UnusedBalanceSnapshot : ITenantOwned
{
    public Guid Id { get; init; }

    /// <summary>Settable only because <see cref="ITenantOwned"/> requires it (the save pipeline stamps it); it is in the hash.</summary>
    public int MunicipalityId { get; set; }

    /// <summary>基準日: 3/31 or 9/30 (the test-only path may use other dates).</summary>
    public DateOnly BaseDate { get; init; }

    public DateTime TakenAtUtc { get; init; }

    /// <summary>Who took it: a staff member's name, or "system" for the scheduled job.</summary>
    public required string TakenBy { get; init; }

    /// <summary>The as-of instant, 24:00 JST at the end of the base date, in ledger time (ns since the Unix epoch); exclusive.</summary>
    public long AsOfLedgerTimestamp { get; init; }

    /// <summary>基準日未使用残高: purchased value (チャージ残高) unused at the as-of instant.</summary>
    public long PurchasedUnusedYen { get; init; }

    /// <summary>Premium unused at the as-of instant (treatment in 未使用残高 unverified: reported separately).</summary>
    public long PremiumUnusedYen { get; init; }

    /// <summary>Points unused at the as-of instant (free rewards: not a 前払式支払手段).</summary>
    public long PointsUnusedYen { get; init; }

    /// <summary>Lots (all buckets) that held value at the as-of instant.</summary>
    public int LotCount { get; init; }

    public IssuerMode IssuerMode { get; init; }

    public required string IssuerName { get; init; }

    /// <summary>SHA-256 (lowercase hex) of <see cref="CanonicalContent"/>.</summary>
    public required string ContentHash { get; init; }

    /// <summary>要供託額 on purchased value only.</summary>
    public long DepositRequiredYen => DepositRule.RequiredYen(PurchasedUnusedYen);

    /// <summary>Purchased plus premium: the figure if premium were counted (unverified).</summary>
    public long PurchasedAndPremiumYen => PurchasedUnusedYen + PremiumUnusedYen;

    public long DepositRequiredWithPremiumYen => DepositRule.RequiredYen(PurchasedAndPremiumYen);

    public DateOnly ReportDue => BaseDates.ReportDue(BaseDate);

    /// <summary>True when the stored hash still matches the stored content.</summary>
    public bool IsIntact => string.Equals(ContentHash, HashOf(CanonicalContent()), StringComparison.Ordinal);

    /// <summary>The fields that make the snapshot, one per line, in a fixed order and invariant format.</summary>
    public string CanonicalContent()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append("MachiDX unused-balance snapshot v1\n");
        text.Append(c, $"id={Id:N}\n");
        text.Append(c, $"municipality={MunicipalityId}\n");
        text.Append(c, $"baseDate={BaseDate:yyyy-MM-dd}\n");
        text.Append(c, $"takenAtUtc={TakenAtUtc:yyyy-MM-ddTHH:mm:ssZ}\n");
        text.Append(c, $"takenBy={TakenBy}\n");
        text.Append(c, $"asOf={AsOfLedgerTimestamp}\n");
        text.Append(c, $"purchased={PurchasedUnusedYen}\n");
        text.Append(c, $"premium={PremiumUnusedYen}\n");
        text.Append(c, $"points={PointsUnusedYen}\n");
        text.Append(c, $"lots={LotCount}\n");
        text.Append(c, $"issuerMode={IssuerMode}\n");
        text.Append(c, $"issuerName={IssuerName}\n");
        return text.ToString();
    }

    /// <summary>A new snapshot with its hash; the time is kept to the second, so that it reads back identically on every provider.</summary>
    internal static UnusedBalanceSnapshot Create(
        int municipalityId, DateOnly baseDate, DateTime takenAtUtc, string takenBy, long asOfLedgerTimestamp,
        long purchased, long premium, long points, int lotCount, IssuerMode issuerMode, string issuerName)
    {
        var taken = new DateTime(takenAtUtc.Ticks - takenAtUtc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var id = Guid.CreateVersion7();
        UnusedBalanceSnapshot Build(string hash) => new()
        {
            Id = id,
            MunicipalityId = municipalityId,
            BaseDate = baseDate,
            TakenAtUtc = taken,
            TakenBy = takenBy,
            AsOfLedgerTimestamp = asOfLedgerTimestamp,
            PurchasedUnusedYen = purchased,
            PremiumUnusedYen = premium,
            PointsUnusedYen = points,
            LotCount = lotCount,
            IssuerMode = issuerMode,
            IssuerName = issuerName,
            ContentHash = hash,
        };

        return Build(HashOf(Build("").CanonicalContent()));
    }

    public static string HashOf(string canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    internal static void Configure(EntityTypeBuilder<UnusedBalanceSnapshot> entity)
    {
        entity.ToTable("unused_balance_snapshots");
        entity.HasKey(s => s.Id);
        entity.HasIndex(s => new { s.MunicipalityId, s.BaseDate }).IsUnique();
        entity.Property(s => s.TakenBy).HasMaxLength(100);
        entity.Property(s => s.IssuerName).HasMaxLength(100);
        entity.Property(s => s.ContentHash).HasMaxLength(64);
        entity.Ignore(s => s.DepositRequiredYen);
        entity.Ignore(s => s.PurchasedAndPremiumYen);
        entity.Ignore(s => s.DepositRequiredWithPremiumYen);
        entity.Ignore(s => s.ReportDue);
        entity.Ignore(s => s.IsIntact);
    }
}
