namespace MachiDx.Ledger.Tests.Simulation;

/// <summary>
/// A deliberately naive model of the ledger's rules: whole-state copies for linked chains, linear scans for expiry,
/// no batching, no storage. The simulation checks the engine against it call by call.
/// </summary>
internal sealed class ReferenceLedger
{
    private Dictionary<UInt128, ModelAccount> accounts = [];
    private Dictionary<UInt128, Transfer> transfers = [];
    private Dictionary<UInt128, ModelPending> pendings = [];
    private long last;
    private long nowOfCall;

    public IEnumerable<UInt128> AccountIds => accounts.Keys;

    public AccountBalance Balance(UInt128 id) => accounts[id].Balance;

    /// <summary>The last timestamp handed out (transfers, accounts and expiries).</summary>
    public long LastTimestamp => last;

    /// <summary>An account's committed transfers, newest first.</summary>
    public List<Transfer> History(UInt128 account) =>
        [.. transfers.Values.Where(t => t.DebitAccountId == account || t.CreditAccountId == account).OrderByDescending(t => t.Timestamp)];

    public long CreateAccount(Account account, long now)
    {
        last = Math.Max(last + 1, now);
        accounts.Add(account.Id, new ModelAccount(account with { Timestamp = last }));
        return last;
    }

    /// <summary>Releases every pending transfer whose timeout has passed (the engine does this before each batch).</summary>
    public void Expire(long now)
    {
        foreach (var pending in pendings.Values.Where(p => p.Status == 0 && p.ExpiresAt != 0 && p.ExpiresAt <= now).OrderBy(p => p.ExpiresAt).ToList())
        {
            accounts[pending.Transfer.DebitAccountId].DebitsPending -= pending.Transfer.Amount;
            accounts[pending.Transfer.CreditAccountId].CreditsPending -= pending.Transfer.Amount;
            pending.Status = 3;
            last = Math.Max(last + 1, now);
        }
    }

    /// <summary>Applies one call (independent transfers and linked chains) and returns what the engine should answer.</summary>
    public TransferResult[] Submit(IReadOnlyList<Transfer> call, long now)
    {
        nowOfCall = now;
        var results = new TransferResult[call.Count];
        int start = 0;
        while (start < call.Count)
        {
            int end = start;
            while (end < call.Count - 1 && call[end].Flags.HasFlag(TransferFlags.Linked))
            {
                end++;
            }

            var saved = (Copy(accounts, a => a.Clone()), new Dictionary<UInt128, Transfer>(transfers), Copy(pendings, p => p.Clone()), last);
            int failed = -1;
            for (int i = start; i <= end && failed < 0; i++)
            {
                results[i] = Apply(call[i]);
                if (!results[i].IsSuccess)
                {
                    failed = i;
                }
            }

            if (failed < 0 && call[end].Flags.HasFlag(TransferFlags.Linked))
            {
                failed = end;
                results[end] = new TransferResult(TransferResultCode.LinkedEventChainOpen);
            }

            if (failed >= 0)
            {
                (accounts, transfers, pendings, last) = saved;
                for (int i = start; i <= end; i++)
                {
                    if (i != failed)
                    {
                        results[i] = new TransferResult(TransferResultCode.LinkedEventFailed);
                    }
                }
            }

            start = end + 1;
        }

        return results;
    }

    private TransferResult Apply(Transfer t)
    {
        if (t.Id == 0)
        {
            return Fail(TransferResultCode.IdMustNotBeZero);
        }

        if (transfers.TryGetValue(t.Id, out var stored))
        {
            return Same(stored, t)
                ? new TransferResult(TransferResultCode.Exists, stored.Timestamp, stored.Amount, Balance(stored.DebitAccountId), Balance(stored.CreditAccountId))
                : Fail(TransferResultCode.ExistsWithDifferentFields);
        }

        bool post = t.Flags.HasFlag(TransferFlags.PostPending), isVoid = t.Flags.HasFlag(TransferFlags.VoidPending);
        bool balancing = t.Flags.HasFlag(TransferFlags.BalancingDebit) || t.Flags.HasFlag(TransferFlags.BalancingCredit);
        if ((post && isVoid) || ((post || isVoid) && (t.Flags.HasFlag(TransferFlags.Pending) || balancing)))
        {
            return Fail(TransferResultCode.FlagsAreMutuallyExclusive);
        }

        if (t.Ledger == 0)
        {
            return Fail(TransferResultCode.LedgerMustNotBeZero);
        }

        return post || isVoid ? Resolve(t, post) : Move(t);
    }

    private TransferResult Move(Transfer t)
    {
        bool pending = t.Flags.HasFlag(TransferFlags.Pending);
        if (t.PendingId != 0)
        {
            return Fail(TransferResultCode.PendingIdMustBeZero);
        }

        if (t.TimeoutSeconds != 0 && !pending)
        {
            return Fail(TransferResultCode.TimeoutReservedForPendingTransfer);
        }

        if (t.Code == 0)
        {
            return Fail(TransferResultCode.CodeMustNotBeZero);
        }

        if (t.Amount <= 0)
        {
            return Fail(TransferResultCode.AmountMustBePositive);
        }

        if (t.DebitAccountId == t.CreditAccountId)
        {
            return Fail(TransferResultCode.AccountsMustBeDifferent);
        }

        if (!accounts.TryGetValue(t.DebitAccountId, out var debit))
        {
            return Fail(TransferResultCode.DebitAccountNotFound);
        }

        if (!accounts.TryGetValue(t.CreditAccountId, out var credit))
        {
            return Fail(TransferResultCode.CreditAccountNotFound);
        }

        long amount = t.Amount;
        long debitRoom = debit.CreditsPosted - debit.DebitsPosted - debit.DebitsPending;
        long creditRoom = credit.DebitsPosted - credit.CreditsPosted - credit.CreditsPending;
        if (t.Flags.HasFlag(TransferFlags.BalancingDebit))
        {
            amount = Math.Min(amount, Math.Max(0, debitRoom));
            if (amount == 0)
            {
                return Fail(TransferResultCode.InsufficientFunds);
            }
        }

        if (t.Flags.HasFlag(TransferFlags.BalancingCredit))
        {
            amount = Math.Min(amount, Math.Max(0, creditRoom));
            if (amount == 0)
            {
                return Fail(TransferResultCode.ExceedsDebits);
            }
        }

        if (debit.Account.Flags.HasFlag(AccountFlags.DebitsMustNotExceedCredits) && amount > debitRoom)
        {
            return Fail(TransferResultCode.InsufficientFunds);
        }

        if (credit.Account.Flags.HasFlag(AccountFlags.CreditsMustNotExceedDebits) && amount > creditRoom)
        {
            return Fail(TransferResultCode.ExceedsDebits);
        }

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

        last = Math.Max(last + 1, nowOfCall);
        var stored = t with { Amount = amount, Timestamp = last };
        transfers.Add(t.Id, stored);
        if (pending)
        {
            pendings.Add(t.Id, new ModelPending(stored, t.TimeoutSeconds == 0 ? 0 : last + (t.TimeoutSeconds * 1_000_000_000L)));
        }

        return new TransferResult(TransferResultCode.Ok, last, amount, debit.Balance, credit.Balance);
    }

    private TransferResult Resolve(Transfer t, bool post)
    {
        if (t.PendingId == 0)
        {
            return Fail(TransferResultCode.PendingIdMustNotBeZero);
        }

        if (t.TimeoutSeconds != 0)
        {
            return Fail(TransferResultCode.TimeoutReservedForPendingTransfer);
        }

        if (t.Amount < 0)
        {
            return Fail(TransferResultCode.AmountMustBePositive);
        }

        if (!pendings.TryGetValue(t.PendingId, out var pending))
        {
            return Fail(transfers.ContainsKey(t.PendingId) ? TransferResultCode.PendingTransferNotPending : TransferResultCode.PendingTransferNotFound);
        }

        var p = pending.Transfer;
        if ((t.DebitAccountId != 0 && t.DebitAccountId != p.DebitAccountId) || (t.CreditAccountId != 0 && t.CreditAccountId != p.CreditAccountId) || (t.Code != 0 && t.Code != p.Code))
        {
            return Fail(TransferResultCode.PendingTransferHasDifferentFields);
        }

        if (pending.Status != 0)
        {
            return Fail(pending.Status switch
            {
                1 => TransferResultCode.PendingTransferAlreadyPosted,
                2 => TransferResultCode.PendingTransferAlreadyVoided,
                _ => TransferResultCode.PendingTransferExpired,
            });
        }

        long amount = t.Amount == 0 ? p.Amount : t.Amount;
        if (post && amount > p.Amount)
        {
            return Fail(TransferResultCode.ExceedsPendingAmount);
        }

        if (!post && amount != p.Amount)
        {
            return Fail(TransferResultCode.PendingTransferHasDifferentAmount);
        }

        var debit = accounts[p.DebitAccountId];
        var credit = accounts[p.CreditAccountId];
        debit.DebitsPending -= p.Amount;
        credit.CreditsPending -= p.Amount;
        if (post)
        {
            debit.DebitsPosted += amount;
            credit.CreditsPosted += amount;
        }

        pending.Status = post ? 1 : 2;
        last = Math.Max(last + 1, nowOfCall);
        var stored = t with { DebitAccountId = p.DebitAccountId, CreditAccountId = p.CreditAccountId, Code = p.Code, Amount = amount, Timestamp = last };
        transfers.Add(t.Id, stored);
        return new TransferResult(TransferResultCode.Ok, last, amount, debit.Balance, credit.Balance);
    }

    private static bool Same(Transfer stored, Transfer t)
    {
        if (stored.Flags != t.Flags || stored.Ledger != t.Ledger || stored.PendingId != t.PendingId || stored.TimeoutSeconds != t.TimeoutSeconds || stored.Reference != t.Reference)
        {
            return false;
        }

        if (stored.PendingId != 0)
        {
            return (t.DebitAccountId == 0 || t.DebitAccountId == stored.DebitAccountId)
                && (t.CreditAccountId == 0 || t.CreditAccountId == stored.CreditAccountId)
                && (t.Code == 0 || t.Code == stored.Code)
                && (t.Amount == 0 || t.Amount == stored.Amount);
        }

        bool balancing = (t.Flags & (TransferFlags.BalancingDebit | TransferFlags.BalancingCredit)) != 0;
        return stored.DebitAccountId == t.DebitAccountId && stored.CreditAccountId == t.CreditAccountId && stored.Code == t.Code
            && (balancing ? t.Amount >= stored.Amount : t.Amount == stored.Amount);
    }

    private static TransferResult Fail(TransferResultCode code) => new(code);

    private static Dictionary<UInt128, T> Copy<T>(Dictionary<UInt128, T> source, Func<T, T> clone) =>
        source.ToDictionary(pair => pair.Key, pair => clone(pair.Value));

    private sealed class ModelAccount(Account account)
    {
        public Account Account { get; } = account;

        public long DebitsPending { get; set; }

        public long DebitsPosted { get; set; }

        public long CreditsPending { get; set; }

        public long CreditsPosted { get; set; }

        public AccountBalance Balance => new(DebitsPending, DebitsPosted, CreditsPending, CreditsPosted);

        public ModelAccount Clone() => (ModelAccount)MemberwiseClone();
    }

    private sealed class ModelPending(Transfer transfer, long expiresAt)
    {
        public Transfer Transfer { get; } = transfer;

        public long ExpiresAt { get; } = expiresAt;

        /// <summary>0 pending, 1 posted, 2 voided, 3 expired.</summary>
        public int Status { get; set; }

        public ModelPending Clone() => (ModelPending)MemberwiseClone();
    }
}
