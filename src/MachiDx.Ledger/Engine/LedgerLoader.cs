using MachiDx.Ledger.Storage;

namespace MachiDx.Ledger.Engine;

/// <summary>
/// Rebuilds a ledger's in-memory state from the database: each account's stored posted balances plus a replay of the
/// transfers after the checkpoint that its row does not hold yet (or, with <c>useCheckpoint: false</c>, a replay of
/// everything from zero). A row holds every transfer of its account up to its <c>last_ts</c>, and every row holds
/// everything up to the checkpoint, so rows stored at different times by the incremental checkpoint need no common
/// as-of time. Pending balances are not replayed: they are the sums of the pending transfers still pending.
/// </summary>
internal static class LedgerLoader
{
    /// <summary>Time spent in each phase of the last load (bench).</summary>
    internal static string LastPhases { get; private set; } = string.Empty;

    /// <summary>Transfers replayed by the last load and the time the replay scan took (bench).</summary>
    internal static (int Transfers, TimeSpan Elapsed) LastReplay { get; private set; }

    public static LedgerState Load(ILedgerReader reader, uint ledger, Lock publishLock, bool useCheckpoint = true)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var phases = new System.Text.StringBuilder();
        void Phase(string name)
        {
            phases.Append(System.Globalization.CultureInfo.InvariantCulture, $"{name} {watch.ElapsedMilliseconds} ms; ");
            watch.Restart();
        }

        var state = new LedgerState(ledger, publishLock);
        long checkpoint = useCheckpoint ? reader.ReadCheckpoint(ledger) : 0;
        long last = checkpoint;

        foreach (var (account, balance, lastTimestamp) in reader.ReadAccounts(ledger))
        {
            var accountState = new AccountState(account) { LoadedCheckpointBalance = balance, LoadedCheckpointLast = lastTimestamp };
            if (useCheckpoint)
            {
                accountState.Set(balance with { DebitsPending = 0, CreditsPending = 0 });
                accountState.LastTimestamp = lastTimestamp;
            }

            state.Accounts.Add(account.Id, accountState);
            last = Math.Max(last, account.Timestamp);
        }

        Phase("accounts");

        // Every pending transfer ever made, with its fate, so posts/voids/expiries can be replayed and judged.
        var pendings = new Dictionary<UInt128, PendingState>();
        foreach (var pending in reader.ReadPendingTransfers(ledger))
        {
            pendings.Add(pending.Id, new PendingState(pending, PendingState.ExpiryOf(pending)));
        }

        foreach (var (pendingId, flags) in reader.ReadResolutions(ledger))
        {
            pendings[pendingId].Status = flags.HasFlag(TransferFlags.PostPending) ? PendingStatus.Posted : PendingStatus.Voided;
        }

        foreach (var expiry in reader.ReadExpiries(ledger))
        {
            pendings[expiry.PendingId].Status = PendingStatus.Expired;
            last = Math.Max(last, expiry.Timestamp);
        }

        Phase("pendings");
        if (checkpoint > 0)
        {
            foreach (var chunk in ReadAhead.Chunks(reader.ReadTransferIds(ledger, checkpoint)))
            {
                foreach (var id in chunk.AsSpan())
                {
                    state.TransferIds.Add(id);
                }
            }
        }

        Phase("ids");
        var replayWatch = System.Diagnostics.Stopwatch.StartNew();
        int replayed = 0;

        foreach (var chunk in ReadAhead.Chunks(reader.ReadReplay(ledger, checkpoint)))
        {
            replayed += chunk.Count;
            foreach (ref readonly var transfer in chunk.AsSpan())
            {
                state.TransferIds.Add(transfer.Id);
                ApplyStored(state.Accounts, transfer, useCheckpoint);
                last = Math.Max(last, transfer.Timestamp);
            }
        }

        LastReplay = (replayed, replayWatch.Elapsed);
        Phase("replay");
        foreach (var pending in pendings.Values)
        {
            if (pending.Status == PendingStatus.Pending)
            {
                state.Accounts[pending.Transfer.DebitAccountId].DebitsPending += pending.Transfer.Amount;
                state.Accounts[pending.Transfer.CreditAccountId].CreditsPending += pending.Transfer.Amount;
            }

            state.AddLoadedPending(pending);
        }

        state.LastTimestamp = last;
        state.CheckpointTimestamp = checkpoint;
        Phase("rest");
        LastPhases = phases.ToString();
        return state;
    }

    /// <summary>
    /// Applies the posted effect of a committed transfer to each of its accounts whose row does not hold it yet
    /// (balances are sums, so order does not matter). Pending amounts are summed from the pending transfers afterwards.
    /// </summary>
    public static void ApplyStored(Dictionary<UInt128, AccountState> accounts, in Transfer t, bool fromRows)
    {
        var debit = accounts[t.DebitAccountId];
        var credit = accounts[t.CreditAccountId];
        bool posts = (t.Flags & (TransferFlags.Pending | TransferFlags.VoidPending)) == 0;

        // Compared with the row's own last transfer, not the running one: the scan need not come in timestamp order.
        if (!fromRows || t.Timestamp > debit.LoadedCheckpointLast)
        {
            debit.LastTimestamp = Math.Max(debit.LastTimestamp, t.Timestamp);
            debit.DebitsPosted += posts ? t.Amount : 0;
        }

        if (!fromRows || t.Timestamp > credit.LoadedCheckpointLast)
        {
            credit.LastTimestamp = Math.Max(credit.LastTimestamp, t.Timestamp);
            credit.CreditsPosted += posts ? t.Amount : 0;
        }
    }
}
