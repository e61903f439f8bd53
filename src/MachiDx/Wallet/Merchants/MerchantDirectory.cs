using System.Collections.Concurrent;
using MachiDx.Wallet.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Merchants;

/// <summary>What the payment path needs of a shop.</summary>
public sealed record MerchantCard(Guid Id, int MunicipalityId, string ShopCode, string Name, bool Accepting);

/// <summary>
/// Shops by code, cached briefly for the payment path. A status change on this node invalidates at once; other
/// nodes see it within <see cref="Lifetime"/>, and the ledger refuses payments to a shop without an account anyway.
/// </summary>
public sealed class MerchantDirectory(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<(int, string), (MerchantCard? Card, DateTimeOffset At)> byCode = new();

    public async Task<MerchantCard?> FindAsync(WalletDbContext db, int municipalityId, string shopCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var code = shopCode.Trim().ToUpperInvariant();
        var now = time.GetUtcNow();
        if (byCode.TryGetValue((municipalityId, code), out var hit) && now - hit.At < Lifetime)
        {
            return hit.Card;
        }

        var card = await db.Merchants.AsNoTracking().Where(m => m.ShopCode == code)
            .Select(m => new MerchantCard(m.Id, m.MunicipalityId, m.ShopCode, m.Name, m.Status == MerchantStatus.Approved))
            .SingleOrDefaultAsync(ct);
        byCode[(municipalityId, code)] = (card, now);
        return card;
    }

    public void Invalidate(int municipalityId, string shopCode) => byCode.TryRemove((municipalityId, shopCode), out _);
}
