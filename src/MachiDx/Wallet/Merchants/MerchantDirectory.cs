using System.Collections.Concurrent;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Merchants;

/// <summary>What the payment path needs of a shop.</summary>
public sealed record MerchantCard(Guid Id, int MunicipalityId, string ShopCode, string Name, bool Accepting);

/// <summary>
/// Shops by code, cached briefly for the payment path. A status change on this node invalidates at once; other
/// nodes see it within <see cref="Lifetime"/>, and the ledger refuses payments to a shop without an account anyway.
/// Singleton: a miss opens its own scope for the city, so the payment path resolves no context on a hit.
/// </summary>
public sealed class MerchantDirectory(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<(int, string), (MerchantCard? Card, DateTimeOffset At)> byCode = new();

    public async Task<MerchantCard?> FindAsync(MunicipalityInfo city, string shopCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(city);
        var code = shopCode.Trim().ToUpperInvariant();
        var now = time.GetUtcNow();
        if (byCode.TryGetValue((city.Id, code), out var hit) && now - hit.At < Lifetime)
        {
            return hit.Card;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(city);
        var db = scope.ServiceProvider.GetRequiredService<WalletDbContext>();
        var card = await db.Merchants.AsNoTracking().Where(m => m.ShopCode == code)
            .Select(m => new MerchantCard(m.Id, m.MunicipalityId, m.ShopCode, m.Name, m.Status == MerchantStatus.Approved))
            .SingleOrDefaultAsync(ct);
        byCode[(city.Id, code)] = (card, now);
        return card;
    }

    public void Invalidate(int municipalityId, string shopCode) => byCode.TryRemove((municipalityId, shopCode), out _);
}
