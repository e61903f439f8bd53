namespace MachiDx.Ledger.Engine;

/// <summary>
/// The in-memory state of one ledger and the rules that change it. Owned by the ledger's single writer thread;
/// queries read only <see cref="AccountState.Committed"/> under <see cref="PublishLock"/>.
/// </summary>
internal sealed class LedgerState(uint ledger, Lock publishLock)
{
    private readonly PriorityQueue<UInt128, long> expiryQueue = new();
    private List<AccountState> dirty = [];
    private List<AccountState> pass = [];
    private int passNext;
    private long passFloor;
    private readonly Dictionary<UInt128, Transfer> batchTransfers = [];
    private readonly List<(AccountState Account, AccountBalance Before, long Last)> undoBalances = [];
    private readonly List<(PendingState Pending, PendingStatus Before)> undoStatuses = [];
    private IReadOnlyDictionary<UInt128, Transfer> existing = new Dictionary<UInt128, Transfer>();
    private WriteBatch batch = new();
    private long batchSequence;
    private long now;

    public uint Ledger { get; } = ledger;

    public Lock PublishLock { get; } = publishLock;

    public Dictionary<UInt128, AccountState> Accounts { get; } = [];

    /// <summary>Ids of every committed transfer of the ledger (and, during a batch, of the batch's accepted ones).</summary>
    public HashSet<UInt128> TransferIds { get; } = [];

    /// <summary>Every pending transfer ever made, with its status.</summary>
    public Dictionary<UInt128, PendingState> Pendings { get; } = [];

    public long LastTimestamp { get; set; }

    public long CheckpointTimestamp { get; set; }

    /// <summary>Accounts changed and not yet stored: those waiting for the next pass plus the rest of the current one.</summary>
    public int DirtyCount => dirty.Count + pass.Count - passNext;

    /// <summary>True while a checkpoint pass still has accounts to store.</summary>
    public bool PassInProgress => passNext < pass.Count;

    /// <summary>Accounts in the current checkpoint pass, and how many of them are already stored.</summary>
    public (int Length, int Stored) Pass => (pass.Count, passNext);

    /// <summary>Registers a pending transfer while loading; schedules its expiry when still pending.</summary>
    public void AddLoadedPending(PendingState pending)
    {
        Pendings[pending.Transfer.Id] = pending;
        if (pending.Status == PendingStatus.Pending && pending.ExpiresAt != 0)
        {
            expiryQueue.Enqueue(pending.Transfer.Id, pending.ExpiresAt);
        }
    }

    /// <summary>Ids of the batch's transfers that were committed before, whose stored fields are needed for idempotency.</summary>
    public List<UInt128> FindKnownIds(IReadOnlyList<WriteRequest> requests)
    {
        var known = new List<UInt128>();
        foreach (var request in requests)
        {
            foreach (ref readonly var transfer in request.Transfers.Span)
            {
                if (TransferIds.Contains(transfer.Id))
                {
                    known.Add(transfer.Id);
                }
            }
        }

        return known;
    }

    /// <summary>
    /// Validates and applies the requests in order against the working balances and returns what to commit.
    /// Results are written into the requests; callers are answered only after the commit.
    /// </summary>
    public WriteBatch Process(IReadOnlyList<WriteRequest> requests, long nowNanoseconds, IReadOnlyDictionary<UInt128, Transfer> known)
    {
        batch = new WriteBatch();
        batchSequence++;
        batchTransfers.Clear();
        existing = known;
        now = nowNanoseconds;

        ExpireDue();
        foreach (var request in requests)
        {
            if (request.IsAccounts)
            {
                CreateAccounts(request.Accounts.Span, request.AccountResults);
            }
            else
            {
                ProcessTransfers(request.Transfers.Span, request.TransferResults);
            }
        }

        batchTransfers.Clear();
        existing = new Dictionary<UInt128, Transfer>();
        return batch;
    }

    /// <summary>
    /// Starts a checkpoint pass: the accounts changed since the last pass, in key order. Changes made from now on wait
    /// for the next pass, so once this pass is stored every account's row holds everything up to now.
    /// </summary>
    public void BeginPass()
    {
        (pass, dirty) = (dirty, pass);
        dirty.Clear();
        passNext = 0;
        pass.Sort(static (a, b) => a.Account.Id.CompareTo(b.Account.Id));
        passFloor = LastTimestamp;
    }

    /// <summary>
    /// Adds the balances of the current pass's accounts up to index <paramref name="upTo"/> to the batch, so they are
    /// stored with it. When that ends the pass, the checkpoint moves to the pass's start. With <paramref name="everything"/>
    /// every changed account is stored and the checkpoint moves to the batch's last timestamp.
    /// </summary>
    public void AddCheckpoint(WriteBatch target, int upTo, bool everything = false)
    {
        if (everything)
        {
            for (int i = passNext; i < pass.Count; i++)
            {
                dirty.Add(pass[i]);
            }

            BeginPass();
            upTo = pass.Count;
        }

        upTo = Math.Clamp(upTo, passNext, pass.Count);
        var balances = new List<(UInt128 Id, AccountBalance, long)>(upTo - passNext);
        for (int i = passNext; i < upTo; i++)
        {
            var account = pass[i];
            balances.Add((account.Account.Id, account.Balance, account.LastTimestamp));

            // Stored as of now. A later change marks it again; should this batch fail, the state is rebuilt anyway.
            account.Dirty = false;
        }

        passNext = upTo;
        target.CheckpointBalances = balances; // in key order: the updates walk the accounts table instead of jumping around it
        target.CheckpointTimestamp = passNext == pass.Count ? passFloor : 0;
    }

    /// <summary>After a durable commit: makes the batch visible to queries and settles the checkpoint.</summary>
    public void Publish(WriteBatch committed)
    {
        lock (PublishLock)
        {
            foreach (var account in committed.NewAccounts)
            {
                Accounts[account.Id].IsCommitted = true;
            }

            foreach (var account in committed.Touched)
            {
                account.Committed = account.Balance;
                account.CommittedLastTimestamp = account.LastTimestamp;
            }
        }

        if (committed.CheckpointTimestamp > 0)
        {
            CheckpointTimestamp = committed.CheckpointTimestamp;
        }
    }

    /// <summary>Marks every loaded account committed and dirty-free (used once loading is done).</summary>
    public void PublishLoaded()
    {
        lock (PublishLock)
        {
            foreach (var account in Accounts.Values)
            {
                account.Committed = account.Balance;
                account.CommittedLastTimestamp = account.LastTimestamp;
                account.IsCommitted = true;
                account.Dirty = account.Committed != account.LoadedCheckpointBalance || account.LastTimestamp != account.LoadedCheckpointLast;
                if (account.Dirty)
                {
                    dirty.Add(account);
                }
            }
        }
    }

    private long NextTimestamp()
    {
        LastTimestamp = Math.Max(LastTimestamp + 1, now);
        return LastTimestamp;
    }

    private void ExpireDue()
    {
        while (expiryQueue.TryPeek(out var id, out var expiresAt) && expiresAt <= now)
        {
            expiryQueue.Dequeue();
            if (!Pendings.TryGetValue(id, out var pending) || pending.Status != PendingStatus.Pending || pending.ExpiresAt != expiresAt)
            {
                continue; // Resolved meanwhile, or a stale entry of a rolled-back chain.
            }

            var debit = Accounts[pending.Transfer.DebitAccountId];
            var credit = Accounts[pending.Transfer.CreditAccountId];
            Touch(debit);
            Touch(credit);
            debit.DebitsPending -= pending.Transfer.Amount;
            credit.CreditsPending -= pending.Transfer.Amount;
            pending.Status = PendingStatus.Expired;
            batch.Expiries.Add((id, NextTimestamp()));
        }

        undoBalances.Clear();
    }

    private void CreateAccounts(ReadOnlySpan<Account> accounts, AccountResult[] results)
    {
        for (int i = 0; i < accounts.Length; i++)
        {
            results[i] = CreateAccount(accounts[i]);
        }
    }

    private AccountResult CreateAccount(in Account account)
    {
        if (account.Id == UInt128.Zero)
        {
            return new(AccountResultCode.IdMustNotBeZero);
        }

        if (account.Ledger == 0)
        {
            return new(AccountResultCode.LedgerMustNotBeZero);
        }

        if (account.Code == 0)
        {
            return new(AccountResultCode.CodeMustNotBeZero);
        }

        if (account.Flags.HasFlag(AccountFlags.DebitsMustNotExceedCredits) && account.Flags.HasFlag(AccountFlags.CreditsMustNotExceedDebits))
        {
            return new(AccountResultCode.FlagsAreMutuallyExclusive);
        }

        if (Accounts.TryGetValue(account.Id, out var found))
        {
            var stored = found.Account;
            bool same = stored.Ledger == account.Ledger && stored.Code == account.Code && stored.Flags == account.Flags && stored.Reference == account.Reference;
            return new(same ? AccountResultCode.Exists : AccountResultCode.ExistsWithDifferentFields, stored.Timestamp);
        }

        var created = account with { Timestamp = NextTimestamp() };
        var state = new AccountState(created);
        lock (PublishLock)
        {
            Accounts.Add(created.Id, state);
        }

        batch.NewAccounts.Add(created);
        return new(AccountResultCode.Ok, created.Timestamp);
    }

    private void ProcessTransfers(ReadOnlySpan<Transfer> transfers, TransferResult[] results)
    {
        int start = 0;
        while (start < transfers.Length)
        {
            int end = start;
            while (end < transfers.Length - 1 && transfers[end].Flags.HasFlag(TransferFlags.Linked))
            {
                end++;
            }

            bool open = transfers[end].Flags.HasFlag(TransferFlags.Linked);
            ProcessChain(transfers[start..(end + 1)], results.AsSpan(start, end - start + 1), open);
            start = end + 1;
        }
    }

    private void ProcessChain(ReadOnlySpan<Transfer> chain, Span<TransferResult> results, bool open)
    {
        undoBalances.Clear();
        undoStatuses.Clear();
        int transferMark = batch.Transfers.Count;
        long timestampMark = LastTimestamp;
        int failed = -1;
        for (int i = 0; i < chain.Length; i++)
        {
            results[i] = Apply(chain[i]);
            if (!results[i].IsSuccess)
            {
                failed = i;
                break;
            }
        }

        if (failed < 0 && open)
        {
            failed = chain.Length - 1;
            results[failed] = TransferResult.Fail(TransferResultCode.LinkedEventChainOpen);
        }

        if (failed < 0)
        {
            return;
        }

        Rollback(transferMark, timestampMark);
        for (int i = 0; i < chain.Length; i++)
        {
            if (i != failed)
            {
                results[i] = TransferResult.Fail(TransferResultCode.LinkedEventFailed);
            }
        }
    }

    private void Rollback(int transferMark, long timestampMark)
    {
        for (int i = undoBalances.Count - 1; i >= 0; i--)
        {
            undoBalances[i].Account.Set(undoBalances[i].Before);
            undoBalances[i].Account.LastTimestamp = undoBalances[i].Last;
        }

        for (int i = undoStatuses.Count - 1; i >= 0; i--)
        {
            undoStatuses[i].Pending.Status = undoStatuses[i].Before;
        }

        for (int i = transferMark; i < batch.Transfers.Count; i++)
        {
            var id = batch.Transfers[i].Id;
            TransferIds.Remove(id);
            batchTransfers.Remove(id);
            if (batch.Transfers[i].Flags.HasFlag(TransferFlags.Pending))
            {
                Pendings.Remove(id); // Its expiry-queue entry becomes stale and is skipped.
            }
        }

        batch.Transfers.RemoveRange(transferMark, batch.Transfers.Count - transferMark);
        batch.Links.RemoveRange(transferMark, batch.Links.Count - transferMark);
        LastTimestamp = timestampMark;
        undoBalances.Clear();
        undoStatuses.Clear();
    }

    private TransferResult Apply(in Transfer t)
    {
        if (t.Id == UInt128.Zero)
        {
            return TransferResult.Fail(TransferResultCode.IdMustNotBeZero);
        }

        if (TransferIds.Contains(t.Id))
        {
            return Existing(t);
        }

        var flags = t.Flags;
        bool post = flags.HasFlag(TransferFlags.PostPending);
        bool isVoid = flags.HasFlag(TransferFlags.VoidPending);
        if ((post && isVoid) || ((post || isVoid) && (flags & (TransferFlags.Pending | TransferFlags.BalancingDebit | TransferFlags.BalancingCredit)) != 0))
        {
            return TransferResult.Fail(TransferResultCode.FlagsAreMutuallyExclusive);
        }

        if (t.Ledger == 0)
        {
            return TransferResult.Fail(TransferResultCode.LedgerMustNotBeZero);
        }

        if (t.Ledger != Ledger)
        {
            return TransferResult.Fail(TransferResultCode.LedgerMismatch);
        }

        return post || isVoid ? ApplyPostOrVoid(t, post) : ApplySinglePhaseOrPending(t);
    }

    private TransferResult ApplySinglePhaseOrPending(in Transfer t)
    {
        bool pending = t.Flags.HasFlag(TransferFlags.Pending);
        if (t.PendingId != UInt128.Zero)
        {
            return TransferResult.Fail(TransferResultCode.PendingIdMustBeZero);
        }

        if (t.TimeoutSeconds != 0 && !pending)
        {
            return TransferResult.Fail(TransferResultCode.TimeoutReservedForPendingTransfer);
        }

        if (t.Code == 0)
        {
            return TransferResult.Fail(TransferResultCode.CodeMustNotBeZero);
        }

        if (t.Amount <= 0)
        {
            return TransferResult.Fail(TransferResultCode.AmountMustBePositive);
        }

        if (t.DebitAccountId == t.CreditAccountId)
        {
            return TransferResult.Fail(TransferResultCode.AccountsMustBeDifferent);
        }

        if (!Accounts.TryGetValue(t.DebitAccountId, out var debit))
        {
            return TransferResult.Fail(TransferResultCode.DebitAccountNotFound);
        }

        if (!Accounts.TryGetValue(t.CreditAccountId, out var credit))
        {
            return TransferResult.Fail(TransferResultCode.CreditAccountNotFound);
        }

        long amount = t.Amount;
        if (t.Flags.HasFlag(TransferFlags.BalancingDebit))
        {
            amount = Math.Min(amount, Math.Max(0, debit.CreditsPosted - debit.DebitsPosted - debit.DebitsPending));
            if (amount == 0)
            {
                return TransferResult.Fail(TransferResultCode.InsufficientFunds);
            }
        }

        if (t.Flags.HasFlag(TransferFlags.BalancingCredit))
        {
            amount = Math.Min(amount, Math.Max(0, credit.DebitsPosted - credit.CreditsPosted - credit.CreditsPending));
            if (amount == 0)
            {
                return TransferResult.Fail(TransferResultCode.ExceedsDebits);
            }
        }

        if (debit.Account.Flags.HasFlag(AccountFlags.DebitsMustNotExceedCredits)
            && amount > debit.CreditsPosted - debit.DebitsPosted - debit.DebitsPending)
        {
            return TransferResult.Fail(TransferResultCode.InsufficientFunds);
        }

        if (credit.Account.Flags.HasFlag(AccountFlags.CreditsMustNotExceedDebits)
            && amount > credit.DebitsPosted - credit.CreditsPosted - credit.CreditsPending)
        {
            return TransferResult.Fail(TransferResultCode.ExceedsDebits);
        }

        if (pending
            ? Overflows(debit.DebitsPending, debit.DebitsPosted, amount) || Overflows(credit.CreditsPending, credit.CreditsPosted, amount)
            : Overflows(debit.DebitsPosted, debit.DebitsPending, amount) || Overflows(credit.CreditsPosted, credit.CreditsPending, amount))
        {
            return TransferResult.Fail(TransferResultCode.Overflow);
        }

        Touch(debit);
        Touch(credit);
        if (pending)
        {
            debit.DebitsPending += amount;
            credit.CreditsPending += amount;
        }
        else
        {
            debit.DebitsPosted += amount;
            credit.CreditsPosted += amount;
        }

        var stored = t with { Amount = amount, Timestamp = NextTimestamp() };
        if (pending)
        {
            var state = new PendingState(stored, PendingState.ExpiryOf(stored));
            Pendings.Add(stored.Id, state);
            if (state.ExpiresAt != 0)
            {
                expiryQueue.Enqueue(stored.Id, state.ExpiresAt);
            }
        }

        return Accepted(stored, debit, credit);
    }

    private TransferResult ApplyPostOrVoid(in Transfer t, bool post)
    {
        if (t.PendingId == UInt128.Zero)
        {
            return TransferResult.Fail(TransferResultCode.PendingIdMustNotBeZero);
        }

        if (t.TimeoutSeconds != 0)
        {
            return TransferResult.Fail(TransferResultCode.TimeoutReservedForPendingTransfer);
        }

        if (t.Amount < 0)
        {
            return TransferResult.Fail(TransferResultCode.AmountMustBePositive);
        }

        if (!Pendings.TryGetValue(t.PendingId, out var pending))
        {
            return TransferResult.Fail(TransferIds.Contains(t.PendingId)
                ? TransferResultCode.PendingTransferNotPending
                : TransferResultCode.PendingTransferNotFound);
        }

        var p = pending.Transfer;
        if ((t.DebitAccountId != UInt128.Zero && t.DebitAccountId != p.DebitAccountId)
            || (t.CreditAccountId != UInt128.Zero && t.CreditAccountId != p.CreditAccountId)
            || (t.Code != 0 && t.Code != p.Code))
        {
            return TransferResult.Fail(TransferResultCode.PendingTransferHasDifferentFields);
        }

        switch (pending.Status)
        {
            case PendingStatus.Posted:
                return TransferResult.Fail(TransferResultCode.PendingTransferAlreadyPosted);
            case PendingStatus.Voided:
                return TransferResult.Fail(TransferResultCode.PendingTransferAlreadyVoided);
            case PendingStatus.Expired:
                return TransferResult.Fail(TransferResultCode.PendingTransferExpired);
        }

        long amount = t.Amount == 0 ? p.Amount : t.Amount;
        if (post && amount > p.Amount)
        {
            return TransferResult.Fail(TransferResultCode.ExceedsPendingAmount);
        }

        if (!post && amount != p.Amount)
        {
            return TransferResult.Fail(TransferResultCode.PendingTransferHasDifferentAmount);
        }

        var debit = Accounts[p.DebitAccountId];
        var credit = Accounts[p.CreditAccountId];
        Touch(debit);
        Touch(credit);
        debit.DebitsPending -= p.Amount;
        credit.CreditsPending -= p.Amount;
        if (post)
        {
            // Cannot overflow: the amount was already counted in the pending totals.
            debit.DebitsPosted += amount;
            credit.CreditsPosted += amount;
        }

        undoStatuses.Add((pending, pending.Status));
        pending.Status = post ? PendingStatus.Posted : PendingStatus.Voided;
        var stored = t with
        {
            DebitAccountId = p.DebitAccountId,
            CreditAccountId = p.CreditAccountId,
            Code = p.Code,
            Amount = amount,
            Timestamp = NextTimestamp(),
        };
        return Accepted(stored, debit, credit);
    }

    private TransferResult Accepted(in Transfer stored, AccountState debit, AccountState credit)
    {
        TransferIds.Add(stored.Id);
        batchTransfers.Add(stored.Id, stored);
        batch.Transfers.Add(stored);
        batch.Links.Add((debit.LastTimestamp, credit.LastTimestamp));
        debit.LastTimestamp = stored.Timestamp;
        credit.LastTimestamp = stored.Timestamp;
        return new(TransferResultCode.Ok, stored.Timestamp, stored.Amount, debit.Balance, credit.Balance);
    }

    private TransferResult Existing(in Transfer t)
    {
        if (!batchTransfers.TryGetValue(t.Id, out var stored) && !existing.TryGetValue(t.Id, out stored))
        {
            throw new InvalidOperationException("A known transfer id was not prefetched.");
        }

        if (!TransferComparer.SameRequest(stored, t))
        {
            return TransferResult.Fail(TransferResultCode.ExistsWithDifferentFields);
        }

        Accounts.TryGetValue(stored.DebitAccountId, out var debit);
        Accounts.TryGetValue(stored.CreditAccountId, out var credit);
        return new(TransferResultCode.Exists, stored.Timestamp, stored.Amount, debit?.Balance ?? default, credit?.Balance ?? default);
    }

    private void Touch(AccountState account)
    {
        undoBalances.Add((account, account.Balance, account.LastTimestamp));
        if (account.TouchedInBatch != batchSequence)
        {
            account.TouchedInBatch = batchSequence;
            batch.Touched.Add(account);
        }

        if (!account.Dirty)
        {
            account.Dirty = true;
            dirty.Add(account);
        }
    }

    private static bool Overflows(long target, long other, long amount) =>
        amount > long.MaxValue - target || target + amount > long.MaxValue - other;
}
