namespace MachiDx.Ledger;

/// <summary>Outcome of creating one account.</summary>
public enum AccountResultCode : byte
{
    Ok = 0,

    /// <summary>An account with this id and the same fields exists already (idempotent success).</summary>
    Exists,

    ExistsWithDifferentFields,
    IdMustNotBeZero,
    LedgerMustNotBeZero,
    CodeMustNotBeZero,
    FlagsAreMutuallyExclusive,

    /// <summary>The accounts of one call must share one ledger.</summary>
    LedgerMismatch,

    /// <summary>The writer queue is full; retry later.</summary>
    Busy,

    /// <summary>Another process holds the write lock of this ledger.</summary>
    LedgerOwnedByAnotherWriter,

    /// <summary>The engine is shutting down.</summary>
    ShuttingDown,
}
