namespace MachiDx.Ledger;

/// <summary>
/// Result of one transfer. For <see cref="TransferResultCode.Ok"/> the balances are those right after the transfer;
/// for <see cref="TransferResultCode.Exists"/> they are the current committed balances, and
/// <see cref="Timestamp"/>/<see cref="Amount"/> are the original ones.
/// </summary>
public readonly record struct TransferResult(
    TransferResultCode Code,
    long Timestamp = 0,
    long Amount = 0,
    AccountBalance DebitBalance = default,
    AccountBalance CreditBalance = default)
{
    public bool IsSuccess => Code is TransferResultCode.Ok or TransferResultCode.Exists;

    internal static TransferResult Fail(TransferResultCode code) => new(code);
}
