using MachiDx.Ledger.Engine;

namespace MachiDx.Ledger.Storage;

/// <summary>The connection of a ledger's single writer; holds the ledger's write lock while open.</summary>
internal interface ILedgerWriterSession : IDisposable
{
    /// <summary>Reads through the writer's own connection (used to load the ledger and to prefetch known transfers).</summary>
    ILedgerReader Reader { get; }

    /// <summary>Writes the whole batch in one durable transaction, or throws and writes nothing.</summary>
    void Commit(WriteBatch batch);
}
