namespace MachiDx.Ledger.Storage;

/// <summary>Reads of a ledger's stored data. Sequences stream rows; enumerate each one fully before the next read.</summary>
internal interface ILedgerReader : IDisposable
{
    /// <summary>Starts a read-only snapshot so that several reads see one consistent state; dispose to end it.</summary>
    IDisposable BeginSnapshot();

    /// <summary>Timestamp up to which the stored account balances are exact; zero when there is no checkpoint.</summary>
    long ReadCheckpoint(uint ledger);

    /// <summary>Accounts with their stored (checkpoint) balances and latest transfer timestamp.</summary>
    IEnumerable<(Account Account, AccountBalance Balance, long LastTimestamp)> ReadAccounts(uint ledger);

    /// <summary>Ids of the transfers with a timestamp at or before <paramref name="maxTimestamp"/>.</summary>
    IEnumerable<UInt128> ReadTransferIds(uint ledger, long maxTimestamp);

    /// <summary>
    /// All transfers after <paramref name="afterTimestamp"/>, in no particular order, with only what a replay needs:
    /// id, accounts, amount, flags, pending id and timestamp (code, timeout and reference are left zero).
    /// </summary>
    IEnumerable<Transfer> ReadReplay(uint ledger, long afterTimestamp);

    /// <summary>Every pending (first-phase) transfer of the ledger.</summary>
    IEnumerable<Transfer> ReadPendingTransfers(uint ledger);

    /// <summary>Every post or void: the pending id it resolves and its flags.</summary>
    IEnumerable<(UInt128 PendingId, TransferFlags Flags)> ReadResolutions(uint ledger);

    IEnumerable<(UInt128 PendingId, long Timestamp)> ReadExpiries(uint ledger);

    Dictionary<UInt128, Transfer> ReadTransfersById(uint ledger, IReadOnlyList<UInt128> ids);

    /// <summary>Timestamp of the account's latest transfer (its history chain's head); zero when it has none.</summary>
    long ReadHead(uint ledger, UInt128 accountId);

    /// <summary>For the account's transfer at <paramref name="timestamp"/>: the timestamp of the account's previous one.</summary>
    long ReadPrevious(uint ledger, UInt128 accountId, long timestamp);

    /// <summary>Walks the account's history chain from <paramref name="start"/> (inclusive) backwards: newest first.</summary>
    List<Transfer> ReadChain(uint ledger, UInt128 accountId, long start, int limit);

    /// <summary>Pending transfers of the account that expired at or before a timestamp.</summary>
    List<UInt128> ReadExpiredPendings(uint ledger, UInt128 accountId, long maxTimestamp);

    Account? ReadAccount(uint ledger, UInt128 accountId);
}
