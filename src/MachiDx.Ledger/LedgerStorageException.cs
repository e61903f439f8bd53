namespace MachiDx.Ledger;

/// <summary>The database failed under the engine; the affected calls' outcome is unknown and may be retried with the same ids.</summary>
public sealed class LedgerStorageException : Exception
{
    public LedgerStorageException(string message, Exception? inner)
        : base(message, inner)
    {
    }

    public LedgerStorageException()
    {
    }

    public LedgerStorageException(string message)
        : base(message)
    {
    }
}
