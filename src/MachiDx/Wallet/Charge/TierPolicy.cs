using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Charge;

/// <summary>A resident's activity tier: points in the window, the extra premium it gives, and what the next tier needs.</summary>
public sealed record TierStanding(long PointsInWindow, int WindowDays, int ExtraPercent, long? PointsToNextTier, int? NextTierExtraPercent)
{
    /// <summary>「あと◯ptでプレミアム率が◯%上がります」, or null at the top tier.</summary>
    public string? NextTierHint => PointsToNextTier is { } left && NextTierExtraPercent is { } next
        ? $"あと{left:N0}ptで、プレミアム率が+{next}%になります（過去{WindowDays}日間に受け取ったポイントで判定）。"
        : null;
}

/// <summary>Decides a resident's premium tier. Replaceable: a city may base tiers on other activity.</summary>
public interface ITierPolicy
{
    Task<TierStanding> StandingAsync(WalletDbContext db, MunicipalityInfo city, Guid residentId, CancellationToken ct);
}

/// <summary>
/// The default tier: ポイント granted to the resident in the trailing window, read from the ledger (the credits
/// posted to the points lots granted in the window), against the city's thresholds.
/// </summary>
public sealed class PointsWindowTierPolicy(WalletBook book, TimeProvider time) : ITierPolicy
{
    public async Task<TierStanding> StandingAsync(WalletDbContext db, MunicipalityInfo city, Guid residentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(city);
        var settings = await book.SettingsAsync(city, ct);
        var since = time.GetUtcNow().UtcDateTime.AddDays(-settings.TierWindowDays);
        var lots = (await book.LotsAsync(db, city.Id, residentId, reload: false, ct))
            .Where(l => l.Bucket == Bucket.Points && l.GrantedAtUtc >= since).Select(l => l.AccountId).ToArray();
        long points = 0;
        if (lots.Length > 0)
        {
            var balances = await book.Ledger.GetBalancesAsync(WalletLedgerIds.Ledger(city.Id), lots, ct);
            var refunds = await RefundedIntoAsync(db, residentId, since, ct);
            points = Math.Max(0, balances.Sum(b => b?.Balance.CreditsPosted ?? 0) - refunds);
        }

        var tiers = settings.Tiers();
        var extra = 0;
        (long Points, int Percent)? next = null;
        foreach (var tier in tiers)
        {
            if (points >= tier.Points)
            {
                extra = tier.Percent;
            }
            else
            {
                next = tier;
                break;
            }
        }

        return new TierStanding(points, settings.TierWindowDays, extra, next is { } n ? n.Points - points : null, next?.Percent);
    }

    // Refunds of payments also credit points lots; they are not new points.
    private static async Task<long> RefundedIntoAsync(WalletDbContext db, Guid residentId, DateTime since, CancellationToken ct) =>
        await db.Refunds.Where(r => r.ResidentId == residentId && r.CreatedAtUtc >= since).SumAsync(r => r.PointsYen, ct);
}
