namespace MachiDx.Activities.Contracts;

/// <summary>
/// Participation figures of the current municipality (the request's or job's TenantContext scopes it) for the DX
/// dashboard. Only granted rewards count (pending and skipped ones do not). Read-only.
/// </summary>
public interface IActivityFigures
{
    /// <summary>One row per month from <paramref name="fromMonth"/> to <paramref name="toMonth"/> (inclusive), zeros included.</summary>
    Task<IReadOnlyList<ActivityMonth>> MonthlyAsync(DateOnly fromMonth, DateOnly toMonth, CancellationToken cancellationToken);

    /// <summary>Distinct residents granted points in the months (a resident active in several months counts once).</summary>
    Task<int> ResidentsRewardedAsync(DateOnly fromMonth, DateOnly toMonth, CancellationToken cancellationToken);
}
