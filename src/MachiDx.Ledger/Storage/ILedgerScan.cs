namespace MachiDx.Ledger.Storage;

/// <summary>
/// A full scan (start-up, invariant checks) streamed column by column in select order: a raw statement on SQLite, binary
/// COPY on PostgreSQL. No boxing and no array per id, which a data reader costs on large ledgers.
/// </summary>
internal interface ILedgerScan : IDisposable
{
    /// <summary>Moves to the next row; false when the scan is done.</summary>
    bool Read();

    /// <summary>The next column, a bigint (INTEGER on SQLite).</summary>
    long Int64();

    /// <summary>The next column, an integer (code, flags).</summary>
    int Int32();

    /// <summary>The next column, an id; NULL reads as zero.</summary>
    UInt128 Id();
}
