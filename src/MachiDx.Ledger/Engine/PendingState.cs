namespace MachiDx.Ledger.Engine;

/// <summary>A pending (first-phase) transfer and what became of it.</summary>
internal sealed class PendingState(Transfer transfer, long expiresAt)
{
    public Transfer Transfer { get; } = transfer;

    /// <summary>Timestamp at or after which the reservation expires; zero for never.</summary>
    public long ExpiresAt { get; } = expiresAt;

    public PendingStatus Status;

    public static long ExpiryOf(in Transfer pending) =>
        pending.TimeoutSeconds == 0 ? 0 : pending.Timestamp + (pending.TimeoutSeconds * 1_000_000_000L);
}
