namespace MachiDx.Ledger.Engine;

/// <summary>An account as held in the writer's memory: working balances plus the last committed ones.</summary>
internal sealed class AccountState(Account account)
{
    public Account Account { get; } = account;

    public long DebitsPending;
    public long DebitsPosted;
    public long CreditsPending;
    public long CreditsPosted;

    /// <summary>Timestamp of the account's latest transfer: the head of its history chain.</summary>
    public long LastTimestamp;

    /// <summary>Balances as of the last durable commit; read by queries under the writer's publish lock.</summary>
    public AccountBalance Committed;

    /// <summary><see cref="LastTimestamp"/> as of the last durable commit.</summary>
    public long CommittedLastTimestamp;

    /// <summary>False until the batch that created the account has committed.</summary>
    public bool IsCommitted;

    /// <summary>The balances stored with the checkpoint when the ledger was loaded.</summary>
    public AccountBalance LoadedCheckpointBalance;

    public long LoadedCheckpointLast;

    /// <summary>Changed since the last balance checkpoint.</summary>
    public bool Dirty;

    /// <summary>Sequence number of the last batch that touched the account (to list it once per batch).</summary>
    public long TouchedInBatch;

    public AccountBalance Balance => new(DebitsPending, DebitsPosted, CreditsPending, CreditsPosted);

    public void Set(AccountBalance balance)
    {
        DebitsPending = balance.DebitsPending;
        DebitsPosted = balance.DebitsPosted;
        CreditsPending = balance.CreditsPending;
        CreditsPosted = balance.CreditsPosted;
    }
}
