using System.Globalization;
using MachiDx.Platform.Hosting;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Integrity;

/// <summary>
/// Campaign premium ≤ campaign budget: the premium lots granted with a campaign's completed charges, and the ledger's
/// premium transfers out of the campaign's budget account, each add up to at most the campaign's budget.
/// </summary>
internal sealed class CampaignRuleCheck(WalletDbContext db, LedgerSums sums) : IMunicipalityIntegrityCheck
{
    public const string Name = "premium ≤ budget";

    public async Task<IReadOnlyList<IntegrityResult>> CheckAsync(MunicipalityInfo city, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(city);
        var ct = cancellationToken;
        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.StartsAtUtc).Select(c => new { c.Id, c.Name, c.BudgetYen }).ToListAsync(ct);
        var granted = await (from charge in db.Charges.AsNoTracking()
                             where charge.Status == ChargeStatus.Completed && charge.CampaignId != null
                             join lot in db.Lots.AsNoTracking() on charge.PremiumLotId equals (Guid?)lot.Id
                             group lot.GrantedYen by charge.CampaignId into g
                             select new { CampaignId = g.Key!.Value, Yen = g.Sum(), Lots = g.Count() }).ToDictionaryAsync(g => g.CampaignId, ct);
        var fromBudgets = await sums.SumByAsync(city.Id, "debit_account_id", TransferKind.Premium, null, ct);
        var c = CultureInfo.InvariantCulture;
        var offences = new List<string>();
        foreach (var campaign in campaigns)
        {
            var lots = granted.GetValueOrDefault(campaign.Id);
            var ledgerYen = fromBudgets.GetValueOrDefault(WalletLedgerIds.CampaignBudget(city.Id, campaign.Id));
            if ((lots?.Yen ?? 0) > campaign.BudgetYen || ledgerYen > campaign.BudgetYen)
            {
                offences.Add(string.Create(c,
                    $"campaign {campaign.Id} 「{campaign.Name}」 budget ¥{campaign.BudgetYen:N0}: premium lots ¥{lots?.Yen ?? 0:N0} ({lots?.Lots ?? 0} lots), ledger premium ¥{ledgerYen:N0}"));
            }
        }

        return [IntegrityDetail.Of(Name, city, offences, string.Create(c, $"{campaigns.Count} campaigns within budget"))];
    }
}
