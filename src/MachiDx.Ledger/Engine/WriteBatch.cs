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

    /// <summary>When set, the balances of these accounts (in key order) are stored with the batch.</summary>
    public List<(UInt128 Id, AccountBalance Balance, long Last)>? CheckpointBalances { get; set; }

    /// <summary>When above zero, the checkpoint moves here: every account's stored row holds all changes up to it.</summary>
    public long CheckpointTimestamp { get; set; }

    public bool IsEmpty => NewAccounts.Count == 0 && Transfers.Count == 0 && Expiries.Count == 0 && CheckpointBalances is not { Count: > 0 } && CheckpointTimestamp == 0;

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
