using MachiDx.Ledger.Storage;

namespace MachiDx.Ledger.Engine;

/// <summary>
/// Rebuilds a ledger's in-memory state from the database: stored balances as of the checkpoint plus a replay of
/// every later transfer and expiry (or, with <c>useCheckpoint: false</c>, a replay of everything from zero).
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
            if (checkpoint > 0)
            {
                accountState.Set(balance);
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

        var expiries = new List<(UInt128 PendingId, long Timestamp)>();
        foreach (var expiry in reader.ReadExpiries(ledger))
        {
            pendings[expiry.PendingId].Status = PendingStatus.Expired;
            last = Math.Max(last, expiry.Timestamp);
            if (expiry.Timestamp > checkpoint)
            {
                expiries.Add(expiry);
            }
        }

        Phase("pendings");
        if (checkpoint > 0)
        {
            reader.ReadTransferIds(ledger, checkpoint, state.TransferIds);
        }

        Phase("ids");
        var replayWatch = System.Diagnostics.Stopwatch.StartNew();
        int replayed = 0;

        foreach (var transfer in reader.ReadReplay(ledger, checkpoint))
        {
            replayed++;
            state.TransferIds.Add(transfer.Id);
            ApplyStored(state.Accounts, pendings, transfer);
            last = Math.Max(last, transfer.Timestamp);
        }

        LastReplay = (replayed, replayWatch.Elapsed);
        Phase("replay");
        foreach (var (pendingId, _) in expiries)
        {
            var pending = pendings[pendingId].Transfer;
            state.Accounts[pending.DebitAccountId].DebitsPending -= pending.Amount;
            state.Accounts[pending.CreditAccountId].CreditsPending -= pending.Amount;
        }

        foreach (var pending in pendings.Values)
        {
            state.AddLoadedPending(pending);
        }

        state.LastTimestamp = last;
        state.CheckpointTimestamp = checkpoint;
        Phase("rest");
        LastPhases = phases.ToString();
        return state;
    }

    /// <summary>Applies the balance effect of a committed transfer (balances are sums, so order does not matter).</summary>
    public static void ApplyStored(Dictionary<UInt128, AccountState> accounts, Dictionary<UInt128, PendingState> pendings, in Transfer t)
    {
        var debit = accounts[t.DebitAccountId];
        var credit = accounts[t.CreditAccountId];
        debit.LastTimestamp = Math.Max(debit.LastTimestamp, t.Timestamp);
        credit.LastTimestamp = Math.Max(credit.LastTimestamp, t.Timestamp);
        if (t.Flags.HasFlag(TransferFlags.Pending))
        {
            debit.DebitsPending += t.Amount;
            credit.CreditsPending += t.Amount;
        }
        else if ((t.Flags & (TransferFlags.PostPending | TransferFlags.VoidPending)) != 0)
        {
            long reserved = pendings[t.PendingId].Transfer.Amount;
            debit.DebitsPending -= reserved;
            credit.CreditsPending -= reserved;
            if (t.Flags.HasFlag(TransferFlags.PostPending))
            {
                debit.DebitsPosted += t.Amount;
                credit.CreditsPosted += t.Amount;
            }
        }
        else
        {
            debit.DebitsPosted += t.Amount;
            credit.CreditsPosted += t.Amount;
        }
    }
}
