namespace MachiDx.Ledger.Storage;

/// <summary>Another process (or engine instance) holds the write lock of the ledger.</summary>
public sealed class LedgerOwnedByAnotherWriterException(uint ledger)
    : Exception(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Ledger {ledger} is written by another engine instance (its write lock is held elsewhere)."))
{
    public uint Ledger { get; } = ledger;
}
