using System.Collections.Concurrent;
using MachiDx.Ledger;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Accounts;

/// <summary>
/// The wallet's cached look-ups for the payment path: each city's settings and every resident's lot list (immutable
/// rows; a new grant or a sweep invalidates). Singleton: a miss opens its own scope for the city and reads through
/// that scope's <see cref="WalletDbContext"/>, so no caller hands a context down. A stale cache on another node can
/// only under-report a balance, never overspend: the ledger refuses any transfer a lot cannot cover.
/// </summary>
public sealed class WalletDirectory(IServiceScopeFactory scopes, TimeProvider time)
{
    private readonly ConcurrentDictionary<int, WalletSettings> settings = new();
    private readonly ConcurrentDictionary<(int, Guid), LotInfo[]> lots = new();

    /// <summary>The city's settings (cached); the first read of a city without a row records the defaults.</summary>
    public async Task<WalletSettings> SettingsAsync(MunicipalityInfo city, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(city);
        if (settings.TryGetValue(city.Id, out var cached))
        {
            return cached;
        }

        await using var scope = CityScope(city);
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

    /// <summary>The resident's lots, earliest expiry first (cached); <paramref name="reload"/> reads them again.</summary>
    public async Task<LotInfo[]> LotsAsync(MunicipalityInfo city, Guid residentId, bool reload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(city);
        if (!reload && lots.TryGetValue((city.Id, residentId), out var cached))
        {
            return cached;
        }

        await using var scope = CityScope(city);
        var db = scope.ServiceProvider.GetRequiredService<WalletDbContext>();
        var rows = await db.Lots.AsNoTracking().Where(l => l.ResidentId == residentId)
            .Select(l => new { l.Id, l.Bucket, l.ExpiresAtUtc, l.GrantedAtUtc, l.Description, l.ExpiredAtUtc })
            .ToListAsync(ct);
        var infos = rows.Select(l => new LotInfo(LedgerIds.FromGuid(l.Id), l.Bucket, l.ExpiresAtUtc, l.GrantedAtUtc, l.Description, l.ExpiredAtUtc is not null))
            .OrderBy(l => l.ExpiresAtUtc).ToArray();
        lots[(city.Id, residentId)] = infos;
        return infos;
    }

    public void InvalidateLots(int municipalityId, Guid residentId) => lots.TryRemove((municipalityId, residentId), out _);

    // The tenant filter of the module's context reads the scope's TenantContext: bind the city before the first query.
    private AsyncServiceScope CityScope(MunicipalityInfo city)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(city);
        return scope;
    }
}
