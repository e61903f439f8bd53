using MachiDx.Ledger;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Contracts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Settings;

namespace MachiDx.Wallet.Lots;

/// <summary>Grants points as a lot of their own, paid from the city's reward budget; lot and transfer ids derive from the reward key.</summary>
public sealed class RewardDesk(WalletDbContext db, WalletDirectory directory, WalletBook book, ILedger ledger, TenantContext tenant, TimeProvider time) : IWalletRewards
{
    public const int MaxKeyLength = 200;

    public const int MaxDescriptionLength = 200;

    public async Task<RewardGrantStatus> GrantPointsAsync(Guid residentId, long points, string rewardKey, string description, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(points);
        ArgumentException.ThrowIfNullOrEmpty(rewardKey);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rewardKey.Length, MaxKeyLength, nameof(rewardKey));
        ArgumentNullException.ThrowIfNull(description);
        description = description.Length > MaxDescriptionLength ? description[..(MaxDescriptionLength - 1)] + "…" : description;
        var city = tenant.Required;
        await book.EnsureCityAsync(city.Id, ct);
        var settings = await directory.SettingsAsync(city, ct);
        var transferId = LedgerIds.FromParts("wallet", city.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "reward", rewardKey);
        var lotId = LedgerIds.ToGuid(WalletLedgerIds.Leg(transferId, 0));
        if (await db.Lots.FindAsync([lotId], ct) is null)
        {
            var lot = Lot.Grant(city.Id, residentId, Bucket.Points, LotSource.Reward, rewardKey, description, points, time.GetUtcNow().UtcDateTime, settings);
            lot.Id = lotId;
            await book.NewLotAccountsAsync([lot], ct);
            db.Lots.Add(lot);
            await db.SaveChangesAsync(ct);
            directory.InvalidateLots(city.Id, residentId);
        }

        var result = (await ledger.SubmitAsync(new[]
        {
            new Transfer(transferId, WalletLedgerIds.SystemAccount(city.Id, AccountKind.RewardBudget), LedgerIds.FromGuid(lotId), points,
                WalletLedgerIds.Ledger(city.Id), (ushort)TransferKind.Reward),
        }, ct))[0];
        return result.Code switch
        {
            TransferResultCode.Ok => RewardGrantStatus.Granted,
            TransferResultCode.Exists => RewardGrantStatus.AlreadyGranted,
            TransferResultCode.ExistsWithDifferentFields => RewardGrantStatus.ConflictingKey,
            TransferResultCode.ExceedsDebits or TransferResultCode.InsufficientFunds => RewardGrantStatus.BudgetExhausted,
            _ => throw new InvalidOperationException($"The ledger refused a reward: {result.Code}."),
        };
    }
}
