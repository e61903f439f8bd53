using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Lots;

/// <summary>Where a lot's value came from.</summary>
public enum LotSource
{
    Charge = 0,
    Premium = 1,
    Reward = 2,
    RefundRegrant = 3,
}

/// <summary>
/// One grant of value with its own expiry. Each lot is its own ledger account (never below zero), so its
/// remaining value is the ledger's balance, spending is a transfer out of it, and expiry sweeps exactly it.
/// </summary>
public sealed class Lot : ITenantOwned
{
    /// <summary>The lot's ledger account id, as a Guid.</summary>
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ResidentId { get; set; }

    public Bucket Bucket { get; set; }

    public LotSource Source { get; set; }

    /// <summary>What granted it: a charge receipt number, a reward id…</summary>
    public required string SourceReference { get; set; }

    /// <summary>Plain Japanese description shown in the history, e.g. 「窓口でチャージ」.</summary>
    public required string Description { get; set; }

    public long GrantedYen { get; set; }

    public DateTime GrantedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    /// <summary>Set once the expiry job has swept the lot.</summary>
    public DateTime? ExpiredAtUtc { get; set; }

    public long ExpiredYen { get; set; }

    /// <summary>Days-before-expiry notices already sent (30, 7), as a bit set: 1 = 30 days, 2 = 7 days.</summary>
    public int NoticesSent { get; set; }

    /// <summary>A new grant to a resident: its own ledger account id, and the bucket's validity from the city's settings.</summary>
    public static Lot Grant(int municipalityId, Guid residentId, Bucket bucket, LotSource source, string reference, string description,
        long amount, DateTime nowUtc, WalletSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new()
        {
            Id = Accounts.WalletBook.NewLotId(),
            MunicipalityId = municipalityId,
            ResidentId = residentId,
            Bucket = bucket,
            Source = source,
            SourceReference = reference,
            Description = description,
            GrantedYen = amount,
            GrantedAtUtc = nowUtc,
            ExpiresAtUtc = Platform.JapanTime.EndOfDayUtc(nowUtc, settings.ValidityDays(bucket)),
        };
    }

    internal static void Configure(EntityTypeBuilder<Lot> entity)
    {
        entity.ToTable("lots");
        entity.HasKey(l => l.Id);
        entity.HasIndex(l => new { l.MunicipalityId, l.ResidentId });
        entity.HasIndex(l => new { l.MunicipalityId, l.ExpiredAtUtc, l.ExpiresAtUtc });
        entity.Property(l => l.SourceReference).HasMaxLength(200);
        entity.Property(l => l.Description).HasMaxLength(200);
    }
}
