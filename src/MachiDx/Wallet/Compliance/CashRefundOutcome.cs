using MachiDx.Platform.Rules;

namespace MachiDx.Wallet.Compliance;

/// <summary>A refund's result: the record (completed, or failed with its reason), or the refusal and the form field it concerns.</summary>
public sealed record CashRefundOutcome(CashRefundRecord? Record, Refusal? Refusal)
{
    public bool Succeeded => Record is { Status: CashRefundStatus.Completed };

    public string? Error => Refusal?.Message;

    /// <summary>A recorded refund; its failure reason (nothing moved) is its refusal.</summary>
    public static CashRefundOutcome Of(CashRefundRecord record) =>
        new(record, record.FailureReason is { } reason ? Refusal.Conflict(reason) : null);
}
