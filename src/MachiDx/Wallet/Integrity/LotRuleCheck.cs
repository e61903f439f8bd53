using System.Globalization;
using MachiDx.Ledger;
using MachiDx.Platform.Hosting;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Integrity;

/// <summary>
/// Each lot's balance ≤ its grant: a lot only ever receives its grant and refunds of what was spent from it (a refund
/// into an expired lot is a new lot, a refund regrant, with its own grant), so its ledger balance never exceeds the
/// granted amount on its row.
/// </summary>
internal sealed class LotRuleCheck(WalletDbContext db, ILedger ledger) : IMunicipalityIntegrityCheck
{
    public const string Name = "lot balance ≤ grant";

    private const int Chunk = 2_000;

    public async Task<IReadOnlyList<IntegrityResult>> CheckAsync(MunicipalityInfo city, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(city);
        var lots = await db.Lots.AsNoTracking().Select(l => new { l.Id, l.ResidentId, l.Bucket, l.Source, l.GrantedYen }).ToListAsync(cancellationToken);
        var c = CultureInfo.InvariantCulture;
        var offences = new List<string>();
        foreach (var chunk in lots.Chunk(Chunk))
        {
            // Balances come from the engine (committed state, one call per chunk), not from the checkpointed account rows.
            var balances = await ledger.GetBalancesAsync(WalletLedgerIds.Ledger(city.Id), chunk.Select(l => LedgerIds.FromGuid(l.Id)).ToArray(), cancellationToken);
            for (var i = 0; i < chunk.Length; i++)
            {
                var balance = balances[i]?.Balance.CreditBalance ?? 0;
                if (balance > chunk[i].GrantedYen)
                {
                    var l = chunk[i];
                    offences.Add(string.Create(c, $"lot {l.Id} ({l.Bucket}, {l.Source}, resident {l.ResidentId}): balance ¥{balance:N0} > granted ¥{l.GrantedYen:N0}"));
                }
            }
        }

        return [IntegrityDetail.Of(Name, city, offences, string.Create(c, $"{lots.Count} lots within their grants"))];
    }
}
