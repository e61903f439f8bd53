using MachiDx.Ledger;
using MachiDx.Platform.Hosting;
using MachiDx.Platform.Tenancy;

namespace MachiDx.Wallet.Accounts;

/// <summary>
/// The ledger's invariants for every municipality's currency: every transfer's debit equals its credit, every
/// account's balance is the sum of its postings, and no account that must not go negative has.
/// </summary>
internal sealed class LedgerIntegrityCheck(ILedger ledger, MunicipalityDirectory municipalities) : IIntegrityCheck
{
    public async Task<IReadOnlyList<IntegrityResult>> CheckAsync(CancellationToken cancellationToken)
    {
        var results = new List<IntegrityResult>();
        foreach (var city in await municipalities.GetAllAsync(cancellationToken))
        {
            var report = await ledger.CheckInvariantsAsync(WalletLedgerIds.Ledger(city.Id), cancellationToken);
            results.Add(new IntegrityResult("currency ledger", city.Code, report.IsValid, report.IsValid
                ? $"{report.Accounts} accounts, {report.Transfers} transfers, ¥{report.TotalPosted:N0} posted"
                : string.Join("; ", report.Violations)));
        }

        return results;
    }
}
