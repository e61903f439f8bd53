namespace MachiDx.Ledger.Engine;

internal enum PendingStatus : byte
{
    Pending = 0,
    Posted,
    Voided,
    Expired,
}
