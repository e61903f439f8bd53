namespace MachiDx.Ledger.Storage;

/// <summary>Reads of a ledger's stored data. Sequences stream rows; enumerate each one fully before the next read.</summary>
internal interface ILedgerReader : IDisposable
{
    /// <summary>Starts a read-only snapshot so that several reads see one consistent state; dispose to end it.</summary>
    IDisposable BeginSnapshot();

    /// <summary>Timestamp up to which the stored account balances are exact; zero when there is no checkpoint.</summary>
    long ReadCheckpoint(uint ledger);

    IEnumerable<(Account Account, AccountBalance Balance)> ReadAccounts(uint ledger);

    /// <summary>Ids of the transfers with a timestamp at or before <paramref name="maxTimestamp"/>.</summary>
    void ReadTransferIds(uint ledger, long maxTimestamp, HashSet<UInt128> into);

    /// <summary>All transfers after <paramref name="afterTimestamp"/>, in no particular order.</summary>
    IEnumerable<Transfer> ReadTransfers(uint ledger, long afterTimestamp);

    /// <summary>Every pending (first-phase) transfer of the ledger.</summary>
    IEnumerable<Transfer> ReadPendingTransfers(uint ledger);

    /// <summary>Every post or void: the pending id it resolves and its flags.</summary>
    IEnumerable<(UInt128 PendingId, TransferFlags Flags)> ReadResolutions(uint ledger);

    IEnumerable<(UInt128 PendingId, long Timestamp)> ReadExpiries(uint ledger);

    Dictionary<UInt128, Transfer> ReadTransfersById(uint ledger, IReadOnlyList<UInt128> ids);

    /// <summary>Transfers debiting or crediting an account, by timestamp, after (or before, descending) a cursor.</summary>
    List<Transfer> ReadAccountTransfers(uint ledger, UInt128 accountId, long cursor, int limit, bool descending);

    /// <summary>Every transfer touching the account up to a timestamp, and the expiries of its pending transfers up to it.</summary>
    (List<Transfer> Transfers, List<UInt128> ExpiredPendingIds) ReadAccountHistory(uint ledger, UInt128 accountId, long maxTimestamp);

    Account? ReadAccount(uint ledger, UInt128 accountId);
}
