namespace MachiDx.Ledger;

[Flags]
public enum TransferFlags : ushort
{
    None = 0,

    /// <summary>Linked with the next transfer of the same call: the chain commits or fails as a whole.</summary>
    Linked = 1,

    /// <summary>First phase of a two-phase transfer: reserves the amount as pending.</summary>
    Pending = 2,

    /// <summary>Posts (fully or partially) the pending transfer named by <see cref="Transfer.PendingId"/>.</summary>
    PostPending = 4,

    /// <summary>Voids the pending transfer named by <see cref="Transfer.PendingId"/>.</summary>
    VoidPending = 8,

    /// <summary>Moves at most what the debit account has available (amount is the upper limit).</summary>
    BalancingDebit = 16,

    /// <summary>Moves at most what the credit account may still receive (amount is the upper limit).</summary>
    BalancingCredit = 32,
}
