using MachiDx.Wallet.Settings;

namespace MachiDx.Wallet.Accounts;

/// <summary>A lot as the payment path needs it: its account, bucket and expiry.</summary>
public sealed record LotInfo(UInt128 AccountId, Bucket Bucket, DateTime ExpiresAtUtc, DateTime GrantedAtUtc, string Description, bool Swept);
