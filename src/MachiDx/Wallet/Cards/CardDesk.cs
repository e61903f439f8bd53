using System.Globalization;
using System.Security.Cryptography;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Cards;

public enum CardCheck
{
    Ok,
    UnknownCard,
    WrongPin,

    /// <summary>Locked now or before: too many wrong PINs, or revoked.</summary>
    Locked,
}

/// <summary>Issues QRカード at the counter and checks a card's PIN at the shop, locking it after the city's limit.</summary>
public sealed class CardDesk(WalletDbContext db, WalletDirectory directory, AuditTrail audit, TenantContext tenant, TimeProvider time)
{
    private static readonly PasswordHasher<QrCard> Hasher = new();

    /// <summary>
    /// Issues a new card (revoking the resident's previous ones) and returns it with its PIN, shown once. One usable card
    /// per resident is kept by a unique index over the cards that are not revoked: when two issues meet (a double submit,
    /// two counters), the later one is refused and changes nothing.
    /// </summary>
    public async Task<(QrCard? Card, string? Pin, string? Error)> IssueAsync(Guid residentId, CancellationToken ct)
    {
        foreach (var old in await db.Cards.Where(c => c.ResidentId == residentId && c.Status != QrCardStatus.Revoked).ToListAsync(ct))
        {
            old.Status = QrCardStatus.Revoked;
        }

        var pin = RandomNumberGenerator.GetInt32(0, 10_000).ToString("0000", CultureInfo.InvariantCulture);
        var card = new QrCard
        {
            Id = Guid.CreateVersion7(),
            MunicipalityId = tenant.Required.Id,
            ResidentId = residentId,
            CardNumber = NewCardNumber(),
            PinHash = "",
            IssuedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        card.PinHash = Hasher.HashPassword(card, pin);
        db.Cards.Add(card);
        audit.Record(db, "wallet.card.issue", "card", Mask(card.CardNumber), residentId.ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return (null, null, "同時に別のカードが発行されました。この方のカードの状態を確認してから、必要であればもう一度発行してください。");
        }

        return (card, pin, null);
    }

    /// <summary>Checks the PIN; a wrong one counts, and the city's limit locks the card. Concurrent tries are serialised by the row's version.</summary>
    public async Task<(CardCheck Result, QrCard? Card, int TriesLeft)> VerifyAsync(string cardNumber, string pin, CancellationToken ct)
    {
        var settings = await directory.SettingsAsync(tenant.Required, ct);
        var number = new string([.. cardNumber.Where(char.IsAsciiDigit)]);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var card = await db.Cards.SingleOrDefaultAsync(c => c.CardNumber == number && c.Status != QrCardStatus.Revoked, ct);
            if (card is null)
            {
                return (CardCheck.UnknownCard, null, 0);
            }

            if (card.Status == QrCardStatus.Locked)
            {
                return (CardCheck.Locked, card, 0);
            }

            if (pin.Length == 4 && Hasher.VerifyHashedPassword(card, card.PinHash, pin) != PasswordVerificationResult.Failed)
            {
                if (card.FailedAttempts == 0)
                {
                    return (CardCheck.Ok, card, settings.CardPinMaxAttempts);
                }

                card.FailedAttempts = 0;
            }
            else
            {
                card.FailedAttempts++;
                if (card.FailedAttempts >= settings.CardPinMaxAttempts)
                {
                    card.Status = QrCardStatus.Locked;
                    card.LockedAtUtc = time.GetUtcNow().UtcDateTime;
                }
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                continue;
            }

            return card.FailedAttempts == 0
                ? (CardCheck.Ok, card, settings.CardPinMaxAttempts)
                : (card.Status == QrCardStatus.Locked ? CardCheck.Locked : CardCheck.WrongPin, card, settings.CardPinMaxAttempts - card.FailedAttempts);
        }

        return (CardCheck.WrongPin, null, 0);
    }

    public async Task UnlockAsync(QrCard card, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(card);
        card.Status = QrCardStatus.Active;
        card.FailedAttempts = 0;
        card.LockedAtUtc = null;
        audit.Record(db, "wallet.card.unlock", "card", Mask(card.CardNumber), card.ResidentId.ToString());
        await db.SaveChangesAsync(ct);
    }

    public static string Mask(string cardNumber) => "**** **** **** " + cardNumber[^4..];

    public static string Format(string cardNumber) =>
        string.Join(' ', Enumerable.Range(0, 4).Select(i => cardNumber.Substring(i * 4, 4)));

    private static string NewCardNumber() =>
        string.Create(16, 0, (span, _) =>
        {
            span[0] = '9';
            for (var i = 1; i < span.Length; i++)
            {
                span[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
            }
        });
}
