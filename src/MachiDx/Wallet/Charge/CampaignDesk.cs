using System.Globalization;
using MachiDx.Ledger;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;

namespace MachiDx.Wallet.Charge;

/// <summary>Creates premium campaigns and funds budgets from the city's funding account (one ledger transfer each).</summary>
public sealed class CampaignDesk(WalletDbContext db, WalletBook book, ILedger ledger, AuditTrail audit, TimeProvider time)
{
    public async Task<Campaign> CreateAsync(
        MunicipalityInfo city, string name, DateTime startsAtUtc, DateTime endsAtUtc, int baseRatePercent,
        long maxPremiumPerChargeYen, long budgetYen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(city);
        await book.EnsureCityAsync(city.Id, ct);
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(),
            MunicipalityId = city.Id,
            Name = name,
            StartsAtUtc = startsAtUtc,
            EndsAtUtc = endsAtUtc,
            BaseRatePercent = baseRatePercent,
            MaxPremiumPerChargeYen = maxPremiumPerChargeYen,
            BudgetYen = budgetYen,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        var account = WalletLedgerIds.CampaignBudget(city.Id, campaign.Id);
        await book.EnsureAccountAsync(city.Id, account, AccountKind.CampaignBudget, ct);
        db.Campaigns.Add(campaign);
        audit.Record(db, "wallet.campaign.create", "campaign", campaign.Id.ToString(),
            string.Create(CultureInfo.InvariantCulture, $"{name} {baseRatePercent}% 予算{budgetYen}円"));
        await db.SaveChangesAsync(ct);
        await FundAsync(city.Id, account, budgetYen, "campaign/" + campaign.Id.ToString("N"), ct);
        return campaign;
    }

    /// <summary>Moves money from the city's funding account into a budget; the key makes it happen once.</summary>
    public async Task FundAsync(int municipalityId, UInt128 budgetAccount, long amountYen, string key, CancellationToken ct)
    {
        var id = LedgerIds.FromParts("wallet", municipalityId.ToString(CultureInfo.InvariantCulture), "funding", key);
        var result = (await ledger.SubmitAsync(new[]
        {
            new Transfer(id, WalletLedgerIds.SystemAccount(municipalityId, AccountKind.CityFunding), budgetAccount, amountYen,
                WalletLedgerIds.Ledger(municipalityId), (ushort)TransferKind.BudgetFunding),
        }, ct))[0];
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"The ledger refused to fund a budget: {result.Code}.");
        }
    }
}
