namespace MachiDx.Ledger.Storage;

/// <summary>A database the engine keeps its ledgers in (SQLite or PostgreSQL).</summary>
internal interface ILedgerStore : IDisposable
{
    string Provider { get; }

    void EnsureSchema();

    /// <summary>
    /// Takes the exclusive write lock of a ledger and opens the connection that writes it.
    /// Throws <see cref="LedgerOwnedByAnotherWriterException"/> when another writer holds the lock.
    /// </summary>
    ILedgerWriterSession OpenWriter(uint ledger);

    /// <summary>A read connection for queries and loading.</summary>
    ILedgerReader OpenReader();
}
