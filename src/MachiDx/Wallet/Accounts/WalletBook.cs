using System.Collections.Concurrent;
using MachiDx.Ledger;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Lots;
using MachiDx.Wallet.Settings;

namespace MachiDx.Wallet.Accounts;

/// <summary>A lot with its remaining value.</summary>
public sealed record LotBalance(LotInfo Lot, long RemainingYen);

/// <summary>A resident's wallet at one moment: remaining value per lot (expired lots excluded).</summary>
public sealed record WalletView(IReadOnlyList<LotBalance> Lots)
{
    public long Total => Lots.Sum(l => l.RemainingYen);

    public long InBucket(Bucket bucket) => Lots.Where(l => l.Lot.Bucket == bucket).Sum(l => l.RemainingYen);
}

/// <summary>
/// The wallet's accounts on the ledger: opens each city's system accounts (once per process), lot, campaign and
/// merchant accounts, and reads a resident's remaining value per lot. Singleton; it writes no table: the lots
/// themselves are recorded by the desk that grants them.
/// </summary>
public sealed class WalletBook(ILedger ledger, WalletDirectory directory, TimeProvider time)
{
    private readonly ConcurrentDictionary<int, Task> citySetups = new();

    public async Task EnsureCityAsync(int municipalityId, CancellationToken ct)
    {
        var setup = citySetups.GetOrAdd(municipalityId, id => CreateSystemAccountsAsync(id, CancellationToken.None));
        try
        {
            await setup.WaitAsync(ct);
        }
        catch (Exception) when (setup.IsFaulted)
        {
            citySetups.TryRemove(new KeyValuePair<int, Task>(municipalityId, setup)); // a failed setup (database busy) is tried again next time
            throw;
        }
    }

    /// <summary>The legs of an existing payment (leg 0, 1, … until one is missing), empty when it was never paid.</summary>
    public async Task<IReadOnlyList<Transfer>> PaymentLegsAsync(uint ledgerId, UInt128 paymentId, CancellationToken ct)
    {
        const int batch = 8;
        var legs = new List<Transfer>();
        for (var start = 0; ; start += batch)
        {
            var ids = Enumerable.Range(start, batch).Select(i => WalletLedgerIds.Leg(paymentId, i)).ToArray();
            var found = await ledger.LookupTransfersAsync(ledgerId, ids, ct);
            foreach (var t in found)
            {
                if (t is not { } leg || leg.Reference != paymentId || leg.Code != (ushort)TransferKind.Payment)
                {
                    return legs;
                }

                legs.Add(leg);
            }
        }
    }

    /// <summary>Remaining value per unexpired lot, from the ledger's committed balances; <paramref name="reload"/> reads the lots again.</summary>
    public async Task<WalletView> ViewAsync(MunicipalityInfo city, Guid residentId, bool reload, CancellationToken ct)
    {
        var infos = await directory.LotsAsync(city, residentId, reload, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var live = infos.Where(l => !l.Swept && l.ExpiresAtUtc > now).ToArray();
        if (live.Length == 0)
        {
            return new WalletView([]);
        }

        var balances = await ledger.GetBalancesAsync(WalletLedgerIds.Ledger(city.Id), live.Select(l => l.AccountId).ToArray(), ct);
        var result = new List<LotBalance>(live.Length);
        for (var i = 0; i < live.Length; i++)
        {
            var b = balances[i]?.Balance;
            var remaining = b?.Available ?? 0;
            result.Add(new LotBalance(live[i], remaining));
        }

        return new WalletView(result);
    }

    /// <summary>
    /// The ledger accounts of lots about to be recorded. Called before a database transaction that records the lots: on
    /// SQLite the ledger writes to the same file, so it must not wait for that transaction's write lock. An account
    /// whose lot is then not recorded stays empty and harmless, so a saved lot always has an account.
    /// </summary>
    public async Task NewLotAccountsAsync(IReadOnlyList<Lot> newLots, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(newLots);
        if (newLots.Count == 0)
        {
            return;
        }

        var accounts = newLots.Select(l => new Account(LedgerIds.FromGuid(l.Id), WalletLedgerIds.Ledger(l.MunicipalityId), (ushort)LotKind(l.Bucket),
            AccountFlags.DebitsMustNotExceedCredits)).ToArray();
        var results = await ledger.CreateAccountsAsync(accounts, ct);
        if (results.Any(r => !r.IsSuccess))
        {
            throw new InvalidOperationException($"The ledger refused a lot account: {string.Join(", ", results.Select(r => r.Code))}.");
        }
    }

    public static Guid NewLotId() => LedgerIds.ToGuid(LedgerIds.NewTimeOrdered());

    public static AccountKind LotKind(Bucket bucket) => bucket switch
    {
        Bucket.Purchased => AccountKind.PurchasedLot,
        Bucket.Premium => AccountKind.PremiumLot,
        _ => AccountKind.PointsLot,
    };

    /// <summary>Creates an account (idempotent) such as a campaign budget or a merchant's sales account.</summary>
    public async Task EnsureAccountAsync(int municipalityId, UInt128 id, AccountKind kind, CancellationToken ct)
    {
        var flags = kind is AccountKind.CampaignBudget or AccountKind.RewardBudget or AccountKind.Merchant
            ? AccountFlags.DebitsMustNotExceedCredits
            : AccountFlags.None;
        var results = await ledger.CreateAccountsAsync(new[] { new Account(id, WalletLedgerIds.Ledger(municipalityId), (ushort)kind, flags) }, ct);
        if (!results[0].IsSuccess)
        {
            throw new InvalidOperationException($"The ledger refused account {kind}: {results[0].Code}.");
        }
    }

    private async Task CreateSystemAccountsAsync(int municipalityId, CancellationToken ct)
    {
        AccountKind[] kinds = [AccountKind.CashIn, AccountKind.CityFunding, AccountKind.RewardBudget, AccountKind.PayoutClearing,
            AccountKind.ExpiredValue, AccountKind.CashRefund, AccountKind.FeeIncome];
        foreach (var kind in kinds)
        {
            await EnsureAccountAsync(municipalityId, WalletLedgerIds.SystemAccount(municipalityId, kind), kind, ct);
        }
    }
}
