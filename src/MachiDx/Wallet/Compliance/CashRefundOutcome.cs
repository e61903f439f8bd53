namespace MachiDx.Wallet.Compliance;

/// <summary>A refund's result: the record, or the error and the form field it belongs to ("" for the whole form).</summary>
public sealed record CashRefundOutcome(CashRefundRecord? Record, string? Field, string? Error)
{
    public bool Succeeded => Record is { Status: CashRefundStatus.Completed };
}
