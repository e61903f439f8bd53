namespace MachiDx.Wallet.Contracts;

/// <summary>Result of granting points.</summary>
public enum RewardGrantStatus
{
    Granted,

    /// <summary>This reward key was granted before: nothing was added again.</summary>
    AlreadyGranted,

    /// <summary>The city's reward budget cannot cover it; nothing was granted.</summary>
    BudgetExhausted,

    /// <summary>This reward key was used before with a different amount: a caller bug; nothing was granted.</summary>
    ConflictingKey,
}

/// <summary>
/// What other modules (Activities) may ask of the wallet: grant ポイント to a resident of the bound municipality.
/// The reward key (tenant, source event, rule; at most 200 characters) makes a re-delivered event grant nothing twice;
/// the description (shown in the wallet's history) is cut at 200 characters.
/// </summary>
public interface IWalletRewards
{
    Task<RewardGrantStatus> GrantPointsAsync(Guid residentId, long points, string rewardKey, string description, CancellationToken ct);
}
