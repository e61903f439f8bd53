namespace MachiDx.Ledger.Engine;

/// <summary>Everything one group commit writes, in one database transaction.</summary>
internal sealed class WriteBatch
{
    public List<Account> NewAccounts { get; } = [];

    public List<Transfer> Transfers { get; } = [];

    /// <summary>For each transfer, the previous transfer of its debit and of its credit account (history chains).</summary>
    public List<(long PrevDebit, long PrevCredit)> Links { get; } = [];

    /// <summary>Pending transfers released by timeout, with the expiry's timestamp.</summary>
    public List<(UInt128 PendingId, long Timestamp)> Expiries { get; } = [];

    /// <summary>Accounts whose balances changed in this batch.</summary>
    public List<AccountState> Touched { get; } = [];

    /// <summary>When set, the balances of these accounts are stored and the checkpoint moves to <see cref="CheckpointTimestamp"/>.</summary>
    public List<(UInt128 Id, AccountBalance Balance, long Last)>? CheckpointBalances { get; set; }

    public long CheckpointTimestamp { get; set; }

    public bool IsEmpty => NewAccounts.Count == 0 && Transfers.Count == 0 && Expiries.Count == 0 && CheckpointBalances is null;

    public void Clear()
    {
        NewAccounts.Clear();
        Transfers.Clear();
        Links.Clear();
        Expiries.Clear();
        Touched.Clear();
        CheckpointBalances = null;
        CheckpointTimestamp = 0;
    }
}
