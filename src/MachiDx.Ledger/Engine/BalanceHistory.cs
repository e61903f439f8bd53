namespace MachiDx.Ledger.Engine;

/// <summary>Computes an account's balances from its stored transfers (point-in-time queries, non-owner reads).</summary>
internal static class BalanceHistory
{
    public static AccountBalance Compute(UInt128 accountId, List<Transfer> transfers, List<UInt128> expiredPendingIds)
    {
        long debitsPosted = 0, creditsPosted = 0;
        var pendings = new Dictionary<UInt128, (long Amount, bool Debit)>();
        var resolved = new HashSet<UInt128>(expiredPendingIds);
        foreach (var t in transfers)
        {
            bool debit = t.DebitAccountId == accountId;
            if (t.Flags.HasFlag(TransferFlags.Pending))
            {
                pendings[t.Id] = (t.Amount, debit);
                continue;
            }

            if ((t.Flags & (TransferFlags.PostPending | TransferFlags.VoidPending)) != 0)
            {
                resolved.Add(t.PendingId);
                if (t.Flags.HasFlag(TransferFlags.VoidPending))
                {
                    continue;
                }
            }

            if (debit)
            {
                debitsPosted += t.Amount;
            }
            else
            {
                creditsPosted += t.Amount;
            }
        }

        long debitsPending = 0, creditsPending = 0;
        foreach (var (id, (amount, debit)) in pendings)
        {
            if (resolved.Contains(id))
            {
                continue;
            }

            if (debit)
            {
                debitsPending += amount;
            }
            else
            {
                creditsPending += amount;
            }
        }

        return new AccountBalance(debitsPending, debitsPosted, creditsPending, creditsPosted);
    }
}
