namespace MachiDx.Ledger;

/// <summary>One page of an account's transfers; pass <see cref="NextCursor"/> back for the next page (null: no more).</summary>
public sealed record TransferPage(IReadOnlyList<Transfer> Transfers, long? NextCursor);
