namespace MachiDx.Ledger;

/// <summary>Result of creating one account; <see cref="Timestamp"/> is the account's creation timestamp.</summary>
public readonly record struct AccountResult(AccountResultCode Code, long Timestamp = 0)
{
    public bool IsSuccess => Code is AccountResultCode.Ok or AccountResultCode.Exists;
}
