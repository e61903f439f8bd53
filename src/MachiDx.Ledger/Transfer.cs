namespace MachiDx.Ledger;

/// <summary>
/// An immutable movement of <see cref="Amount"/> yen from <see cref="DebitAccountId"/> to <see cref="CreditAccountId"/>.
/// The id is chosen by the caller and is the idempotency key.
/// </summary>
/// <param name="Id">Non-zero, unique within the ledger; use <see cref="LedgerIds"/> to make one.</param>
/// <param name="DebitAccountId">Account debited (for post/void: zero means "as the pending transfer").</param>
/// <param name="CreditAccountId">Account credited (for post/void: zero means "as the pending transfer").</param>
/// <param name="Amount">Whole yen, positive. Post: zero means the full pending amount. Balancing: the upper limit.</param>
/// <param name="Ledger">The ledger (municipality); both accounts must belong to it (post/void: zero means "as pending").</param>
/// <param name="Code">What the transfer is (charge, premium, reward, payment, …), non-zero (post/void: zero means "as pending").</param>
/// <param name="Flags">Linked, two-phase and balancing flags.</param>
/// <param name="PendingId">For post/void: the pending transfer; otherwise zero.</param>
/// <param name="TimeoutSeconds">For pending transfers: seconds until the reservation expires (zero: never).</param>
/// <param name="Reference">Free 128-bit reference for the caller (e.g. a payment or event id).</param>
public readonly record struct Transfer(
    UInt128 Id,
    UInt128 DebitAccountId,
    UInt128 CreditAccountId,
    long Amount,
    uint Ledger,
    ushort Code,
    TransferFlags Flags = TransferFlags.None,
    UInt128 PendingId = default,
    uint TimeoutSeconds = 0,
    UInt128 Reference = default)
{
    /// <summary>Engine-assigned, strictly increasing within a ledger (nanoseconds since the Unix epoch); ignored on input.</summary>
    public long Timestamp { get; init; }
}
