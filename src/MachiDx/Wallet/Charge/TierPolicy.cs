using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Contracts;
using MachiDx.Wallet.Settings;

namespace MachiDx.Wallet.Charge;

/// <summary>A resident's activity tier: points in the window, the extra premium it gives, and what the next tier needs.</summary>
public sealed record TierStanding(long PointsInWindow, int WindowDays, int ExtraPercent, long? PointsToNextTier, int? NextTierExtraPercent)
{
    /// <summary>「あと◯ptでプレミアム率が◯%上がります」, or null at the top tier.</summary>
    public string? NextTierHint => PointsToNextTier is { } left && NextTierExtraPercent is { } next
        ? $"あと{left:N0}ptで、プレミアム率が+{next}%になります（過去{WindowDays}日間に活動で受け取ったポイントで判定）。"
        : null;
}

/// <summary>Decides a resident's premium tier. Replaceable: a city may base tiers on other activity.</summary>
public interface ITierPolicy
{
    Task<TierStanding> StandingAsync(MunicipalityInfo city, Guid residentId, CancellationToken ct);
}

/// <summary>
/// The premium tier from civic activity: the points the Activities module granted the resident in the city's trailing
/// window (online procedures, volunteering, health activities) against the city's thresholds. Points from refunds or
/// other wallet movements do not count.
/// </summary>
public sealed class ActivityTierPolicy(WalletDirectory directory, IActivityPoints activity, TimeProvider time) : ITierPolicy
{
    public async Task<TierStanding> StandingAsync(MunicipalityInfo city, Guid residentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(city);
        var settings = await directory.SettingsAsync(city, ct);
        var since = time.GetUtcNow().UtcDateTime.AddDays(-settings.TierWindowDays);
        var points = await activity.EarnedSinceAsync(residentId, since, ct);

        var extra = 0;
        (long Points, int Percent)? next = null;
        foreach (var tier in settings.Tiers())
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
}
