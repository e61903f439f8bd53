using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Cards;

public enum QrCardStatus
{
    Active = 0,
    Locked = 1,
    Revoked = 2,
}

/// <summary>
/// A printed QRカード for a resident without a smartphone: the QR holds the card number; paying needs the PIN,
/// which locks the card after the city's number of wrong tries.
/// </summary>
public sealed class QrCard : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>16 digits printed on the card and held by its QR.</summary>
    public required string CardNumber { get; set; }

    /// <summary>PBKDF2 hash of the 4-digit PIN (ASP.NET Core Identity's hasher).</summary>
    public required string PinHash { get; set; }

    public int FailedAttempts { get; set; }

    public QrCardStatus Status { get; set; }

    public DateTime IssuedAtUtc { get; set; }

    public DateTime? LockedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<QrCard> entity)
    {
        entity.ToTable("qr_cards");
        entity.HasKey(c => c.Id);
        entity.HasIndex(c => new { c.MunicipalityId, c.CardNumber }).IsUnique();

        // One usable (active or locked) card per resident; issuing a new one revokes the old in the same save.
        entity.HasIndex(c => new { c.MunicipalityId, c.ResidentId }).IsUnique().HasFilter("\"Status\" <> 2").HasDatabaseName("IX_qr_cards_one_usable_per_resident");
        entity.Property(c => c.CardNumber).HasMaxLength(16);
        entity.Property(c => c.PinHash).HasMaxLength(200);
        entity.Property(c => c.FailedAttempts).IsConcurrencyToken();
    }
}
