using System.Collections.Concurrent;
using MachiDx.Ledger;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Lots;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Accounts;

/// <summary>A lot as the payment path needs it: its account, bucket and expiry.</summary>
public sealed record LotInfo(UInt128 AccountId, Bucket Bucket, DateTime ExpiresAtUtc, DateTime GrantedAtUtc, string Description, bool Swept);

/// <summary>A lot with its remaining value.</summary>
public sealed record LotBalance(LotInfo Lot, long RemainingYen);

/// <summary>A resident's wallet at one moment: remaining value per lot (expired lots excluded).</summary>
public sealed record WalletView(IReadOnlyList<LotBalance> Lots)
{
    public long Total => Lots.Sum(l => l.RemainingYen);

    public long InBucket(Bucket bucket) => Lots.Where(l => l.Lot.Bucket == bucket).Sum(l => l.RemainingYen);
}

/// <summary>
/// The wallet's in-process state around the ledger: each city's system accounts (created once), its settings, and
/// every resident's lot list (immutable rows, cached; a new grant invalidates). A stale cache on another node can
/// only under-report a balance, never overspend: the ledger refuses any transfer a lot cannot cover.
/// </summary>
public sealed class WalletBook(WalletLedger ledger, IServiceScopeFactory scopes, TimeProvider time)
{
    private readonly ConcurrentDictionary<int, Task> citySetups = new();
    private readonly ConcurrentDictionary<int, WalletSettings> settings = new();
    private readonly ConcurrentDictionary<(int, Guid), LotInfo[]> lots = new();

    public ILedger Ledger => ledger.Engine;

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

    public async Task<WalletSettings> SettingsAsync(MunicipalityInfo city, CancellationToken ct)
    {
        if (settings.TryGetValue(city.Id, out var cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(city);
        var db = scope.ServiceProvider.GetRequiredService<WalletDbContext>();
        var row = await db.Settings.AsNoTracking().SingleOrDefaultAsync(ct);
        if (row is null)
        {
            row = Defaults(city, time.GetUtcNow().UtcDateTime);
            db.Settings.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                row = await db.Settings.AsNoTracking().SingleAsync(ct);
            }
        }

        settings[city.Id] = row;
        return row;
    }

    public void InvalidateSettings(int municipalityId) => settings.TryRemove(municipalityId, out _);

    public static WalletSettings Defaults(MunicipalityInfo city, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(city);
        var stem = city.Kana.EndsWith('し') ? city.Kana[..^1] : city.Kana;
        return new WalletSettings
        {
            MunicipalityId = city.Id,
            CurrencyName = stem + "コイン",
            IssuerMode = IssuerMode.CityIssued,
            IssuerName = city.Name,
            ConsultationDesk = $"{city.Name} 地域通貨窓口（市役所1階）",
            UpdatedAtUtc = nowUtc,
        };
    }

    /// <summary>The resident's lots (cached); <paramref name="reload"/> bypasses the cache.</summary>
    public async Task<LotInfo[]> LotsAsync(WalletDbContext db, int municipalityId, Guid residentId, bool reload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!reload && lots.TryGetValue((municipalityId, residentId), out var cached))
        {
            return cached;
        }

        var rows = await db.Lots.AsNoTracking().Where(l => l.ResidentId == residentId)
            .Select(l => new { l.Id, l.Bucket, l.ExpiresAtUtc, l.GrantedAtUtc, l.Description, l.ExpiredAtUtc })
            .ToListAsync(ct);
        var infos = rows.Select(l => new LotInfo(LedgerIds.FromGuid(l.Id), l.Bucket, l.ExpiresAtUtc, l.GrantedAtUtc, l.Description, l.ExpiredAtUtc is not null))
            .OrderBy(l => l.ExpiresAtUtc).ToArray();
        lots[(municipalityId, residentId)] = infos;
        return infos;
    }

    public void InvalidateLots(int municipalityId, Guid residentId) => lots.TryRemove((municipalityId, residentId), out _);

    /// <summary>Remaining value per unexpired lot, from the ledger's committed balances.</summary>
    public async Task<WalletView> ViewAsync(WalletDbContext db, int municipalityId, Guid residentId, bool reload, CancellationToken ct)
    {
        var infos = await LotsAsync(db, municipalityId, residentId, reload, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var live = infos.Where(l => !l.Swept && l.ExpiresAtUtc > now).ToArray();
        if (live.Length == 0)
        {
            return new WalletView([]);
        }

        var balances = await ledger.Engine.GetBalancesAsync(WalletLedgerIds.Ledger(municipalityId), live.Select(l => l.AccountId).ToArray(), ct);
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
    /// Records new lots (the caller saves the context) and creates their ledger accounts first, so that a saved lot
    /// always has an account. An account whose row was never saved stays empty and harmless.
    /// </summary>
    public async Task<Lot[]> NewLotsAsync(WalletDbContext db, IReadOnlyList<Lot> newLots, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(newLots);
        if (newLots.Count == 0)
        {
            return [];
        }

        await NewLotAccountsAsync(newLots, ct);
        db.Lots.AddRange(newLots);
        foreach (var group in newLots.GroupBy(l => (l.MunicipalityId, l.ResidentId)))
        {
            InvalidateLots(group.Key.MunicipalityId, group.Key.ResidentId);
        }

        return [.. newLots];
    }

    /// <summary>
    /// The ledger accounts of lots about to be recorded. Called before a database transaction that records the lots: on
    /// SQLite the ledger writes to the same file, so it must not wait for that transaction's write lock. An account
    /// whose lot is then not recorded stays empty.
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
        var results = await ledger.Engine.CreateAccountsAsync(accounts, ct);
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
        var results = await ledger.Engine.CreateAccountsAsync(new[] { new Account(id, WalletLedgerIds.Ledger(municipalityId), (ushort)kind, flags) }, ct);
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
