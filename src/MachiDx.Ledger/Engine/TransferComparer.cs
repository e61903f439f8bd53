namespace MachiDx.Ledger.Engine;

/// <summary>Decides whether a retried transfer asks for the same thing as the stored one (idempotency).</summary>
internal static class TransferComparer
{
    public static bool SameRequest(in Transfer stored, in Transfer incoming)
    {
        if (stored.Flags != incoming.Flags
            || stored.Ledger != incoming.Ledger
            || stored.PendingId != incoming.PendingId
            || stored.TimeoutSeconds != incoming.TimeoutSeconds
            || stored.Reference != incoming.Reference)
        {
            return false;
        }

        if ((stored.Flags & (TransferFlags.PostPending | TransferFlags.VoidPending)) != 0)
        {
            // Post/void may leave accounts, code and amount zero ("as the pending transfer"); the stored row has them filled in.
            return Matches(stored.DebitAccountId, incoming.DebitAccountId)
                && Matches(stored.CreditAccountId, incoming.CreditAccountId)
                && (incoming.Code == 0 || incoming.Code == stored.Code)
                && (incoming.Amount == 0 || incoming.Amount == stored.Amount);
        }

        if (stored.DebitAccountId != incoming.DebitAccountId
            || stored.CreditAccountId != incoming.CreditAccountId
            || stored.Code != incoming.Code)
        {
            return false;
        }

        // A balancing transfer stores what it actually moved; the request named the upper limit.
        return (stored.Flags & (TransferFlags.BalancingDebit | TransferFlags.BalancingCredit)) != 0
            ? incoming.Amount >= stored.Amount
            : incoming.Amount == stored.Amount;
    }

    private static bool Matches(UInt128 stored, UInt128 incoming) => incoming == UInt128.Zero || incoming == stored;
}
