namespace MachiDx.Ledger;

/// <summary>The ledger as the application uses it. Every write is acknowledged only once it is durably committed.</summary>
public interface ILedger
{
    /// <summary>
    /// Submits transfers of one ledger: independent ones, or linked chains (<see cref="TransferFlags.Linked"/> on all but
    /// the last of a chain). Returns one result per transfer, in order. Retrying with the same ids is always safe.
    /// Throws <see cref="LedgerStorageException"/> when the database failed (outcome unknown: retry with the same ids).
    /// </summary>
    Task<TransferResult[]> SubmitAsync(ReadOnlyMemory<Transfer> transfers, CancellationToken cancellationToken = default);

    /// <summary>Creates accounts of one ledger; existing ones with the same fields give <see cref="AccountResultCode.Exists"/>.</summary>
    Task<AccountResult[]> CreateAccountsAsync(ReadOnlyMemory<Account> accounts, CancellationToken cancellationToken = default);

    /// <summary>Committed balances (posted and pending) of accounts; null for an unknown account.</summary>
    Task<AccountBalanceEntry?[]> GetBalancesAsync(uint ledger, ReadOnlyMemory<UInt128> accountIds, CancellationToken cancellationToken = default);

    /// <summary>An account's transfers, newest first by default, with keyset paging.</summary>
    /// <summary>The stored transfers with the given ids, in order; null where an id is unknown (TigerBeetle's lookup_transfers).</summary>
    Task<Transfer?[]> LookupTransfersAsync(uint ledger, ReadOnlyMemory<UInt128> ids, CancellationToken cancellationToken = default);

    Task<TransferPage> GetTransfersAsync(uint ledger, UInt128 accountId, TransferQuery query = default, CancellationToken cancellationToken = default);

    /// <summary>An account's balances right after everything up to <paramref name="timestamp"/> (inclusive); null for an unknown account.</summary>
    Task<AccountBalance?> GetBalanceAtAsync(uint ledger, UInt128 accountId, long timestamp, CancellationToken cancellationToken = default);

    /// <summary>Verifies a ledger: debits equal credits, no flagged account over its limit, stored balances equal the sum of transfers.</summary>
    Task<LedgerInvariantReport> CheckInvariantsAsync(uint ledger, CancellationToken cancellationToken = default);
}
