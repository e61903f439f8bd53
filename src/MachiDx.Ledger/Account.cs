namespace MachiDx.Ledger;

/// <summary>
/// An account of one ledger (one municipality). Immutable once created; balances are kept by the engine.
/// </summary>
/// <param name="Id">Caller-chosen, non-zero, unique within the ledger.</param>
/// <param name="Ledger">The ledger (municipality), non-zero.</param>
/// <param name="Code">The account kind (resident wallet bucket, merchant, issuance, …), non-zero.</param>
/// <param name="Flags">Balance constraints.</param>
/// <param name="Reference">Free 128-bit reference for the caller (e.g. the owner's id).</param>
public readonly record struct Account(UInt128 Id, uint Ledger, ushort Code, AccountFlags Flags = AccountFlags.None, UInt128 Reference = default)
{
    /// <summary>Engine-assigned creation timestamp (nanoseconds since the Unix epoch); ignored on input.</summary>
    public long Timestamp { get; init; }
}
