namespace MachiDx.Ledger;

/// <summary>A page request over an account's transfers, by timestamp (keyset paging).</summary>
/// <param name="Cursor">Start after this timestamp (ascending) or before it (descending); null for the first page.</param>
/// <param name="Limit">Page size, 1 to 1000.</param>
/// <param name="Descending">Newest first.</param>
public readonly record struct TransferQuery(long? Cursor = null, int Limit = 50, bool Descending = true);
