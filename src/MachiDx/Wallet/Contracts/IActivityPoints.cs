namespace MachiDx.Wallet.Contracts;

/// <summary>
/// The civic-activity points a resident earned in a period, which set the premium tier when charging. The wallet
/// asks; the Activities module answers (points for online procedures, volunteering and health activities).
/// </summary>
public interface IActivityPoints
{
    /// <summary>Points granted to the resident (in the current municipality) at or after <paramref name="sinceUtc"/>.</summary>
    Task<long> EarnedSinceAsync(Guid residentId, DateTime sinceUtc, CancellationToken cancellationToken);
}
