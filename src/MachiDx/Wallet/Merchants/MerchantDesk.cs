using MachiDx.Platform.Audit;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Pay;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Merchants;

/// <summary>Merchant applications and reviews, and the shop's one-time QR requests.</summary>
public sealed class MerchantDesk(WalletDbContext db, WalletBook book, MerchantDirectory directory, AuditTrail audit, TenantContext tenant, TimeProvider time)
{
    public static readonly TimeSpan RequestLifetime = TimeSpan.FromMinutes(10);

    public async Task<Merchant> ApplyAsync(Guid ownerId, MerchantApplication input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var merchant = new Merchant
        {
            Id = Guid.CreateVersion7(),
            MunicipalityId = tenant.Required.Id,
            OwnerId = ownerId,
            ShopCode = RandomCodes.New(8),
            Name = input.Name.Trim(),
            Address = input.Address.Trim(),
            Category = input.Category.Trim(),
            Class = input.Class,
            BankCode = input.BankCode,
            BranchCode = input.BranchCode,
            AccountType = input.AccountType,
            AccountNumber = input.AccountNumber,
            AccountHolderKana = input.AccountHolderKana,
            Status = MerchantStatus.Applied,
            AppliedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Merchants.Add(merchant);
        audit.Record(db, "wallet.merchant.apply", "merchant", merchant.ShopCode, merchant.Name);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (city, owner) index: another copy of this application was stored first, and it is the shop.
            db.ChangeTracker.Clear();
            if (await db.Merchants.AsNoTracking().SingleOrDefaultAsync(m => m.OwnerId == ownerId, ct) is { } first)
            {
                return first;
            }

            throw;
        }

        return merchant;
    }

    /// <summary>Approves (creating the shop's sales account), rejects or suspends; every decision is audited.</summary>
    public async Task ReviewAsync(Merchant merchant, MerchantStatus decision, string? note, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(merchant);
        if (decision == MerchantStatus.Approved)
        {
            await book.EnsureCityAsync(merchant.MunicipalityId, ct);
            await book.EnsureAccountAsync(merchant.MunicipalityId, WalletLedgerIds.Merchant(merchant.MunicipalityId, merchant.Id), AccountKind.Merchant, ct);
        }

        merchant.Status = decision;
        merchant.ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        merchant.ReviewedAtUtc = time.GetUtcNow().UtcDateTime;
        audit.Record(db, "wallet.merchant.review", "merchant", merchant.ShopCode, $"{Merchant.StatusLabel(decision)} {merchant.ReviewNote}");
        await db.SaveChangesAsync(ct);
        directory.Invalidate(merchant.MunicipalityId, merchant.ShopCode);
    }

    public Task<Merchant?> MineAsync(Guid ownerId, CancellationToken ct) =>
        db.Merchants.Where(m => m.OwnerId == ownerId).OrderByDescending(m => m.AppliedAtUtc).FirstOrDefaultAsync(ct);

    /// <summary>A one-time QR for an amount the shop entered; it expires after <see cref="RequestLifetime"/>.</summary>
    public async Task<PaymentRequest> CreateRequestAsync(Merchant merchant, long amountYen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(merchant);
        var now = time.GetUtcNow().UtcDateTime;
        var request = new PaymentRequest
        {
            Id = Guid.CreateVersion7(),
            MunicipalityId = merchant.MunicipalityId,
            MerchantId = merchant.Id,
            Token = RandomCodes.New(24),
            AmountYen = amountYen,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + RequestLifetime,
            Status = PaymentRequestStatus.Open,
        };
        db.PaymentRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return request;
    }
}

/// <summary>The fields of a merchant application, validated by the page or the API before it reaches the desk.</summary>
public sealed record MerchantApplication(
    string Name, string Address, string Category, MerchantClass Class,
    string BankCode, string BranchCode, BankAccountType AccountType, string AccountNumber, string AccountHolderKana);
