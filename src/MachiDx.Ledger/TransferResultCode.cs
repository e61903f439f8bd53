namespace MachiDx.Ledger;

/// <summary>Outcome of one transfer. Everything but <see cref="Ok"/> and <see cref="Exists"/> is a refusal.</summary>
public enum TransferResultCode : byte
{
    /// <summary>Committed durably by this call.</summary>
    Ok = 0,

    /// <summary>Committed earlier with the same id and fields (idempotent success: the original timestamp and amount are returned).</summary>
    Exists,

    /// <summary>Another transfer of the same linked chain failed; nothing of the chain was committed.</summary>
    LinkedEventFailed,

    /// <summary>The last transfer of the call has the Linked flag: the chain is not closed.</summary>
    LinkedEventChainOpen,

    /// <summary>The same id was committed earlier with different fields.</summary>
    ExistsWithDifferentFields,

    IdMustNotBeZero,
    LedgerMustNotBeZero,
    CodeMustNotBeZero,
    AmountMustBePositive,
    AccountsMustBeDifferent,
    FlagsAreMutuallyExclusive,
    PendingIdMustBeZero,
    PendingIdMustNotBeZero,
    TimeoutReservedForPendingTransfer,
    DebitAccountNotFound,
    CreditAccountNotFound,

    /// <summary>An account does not belong to the transfer's ledger (or the transfers of one call span several ledgers).</summary>
    LedgerMismatch,

    /// <summary>The debit account has DebitsMustNotExceedCredits and not enough available credit.</summary>
    InsufficientFunds,

    /// <summary>The credit account has CreditsMustNotExceedDebits and would exceed its debits.</summary>
    ExceedsDebits,

    /// <summary>A balance would overflow a 64-bit integer.</summary>
    Overflow,

    PendingTransferNotFound,

    /// <summary>The transfer named by PendingId exists but is not a pending transfer.</summary>
    PendingTransferNotPending,

    PendingTransferAlreadyPosted,
    PendingTransferAlreadyVoided,
    PendingTransferExpired,

    /// <summary>Post/void names accounts, a ledger or a code different from the pending transfer's.</summary>
    PendingTransferHasDifferentFields,

    /// <summary>A post asks for more than the pending amount.</summary>
    ExceedsPendingAmount,

    /// <summary>A void names an amount other than zero or the pending amount.</summary>
    PendingTransferHasDifferentAmount,

    /// <summary>The writer queue is full; nothing was done; retry later with the same ids.</summary>
    Busy,

    /// <summary>Another process holds the write lock of this ledger; nothing was done.</summary>
    LedgerOwnedByAnotherWriter,

    /// <summary>The engine is shutting down; nothing was done.</summary>
    ShuttingDown,
}
