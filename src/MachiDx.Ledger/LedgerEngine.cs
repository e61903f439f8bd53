using System.Collections.Concurrent;
using MachiDx.Ledger.Engine;
using MachiDx.Ledger.Storage;

namespace MachiDx.Ledger;

/// <summary>
/// The ledger engine: one writer per ledger (started on first use, holding the ledger's write lock), group commit,
/// queries. Create one per process and dispose it at shutdown (that drains the queues).
/// </summary>
public sealed class LedgerEngine : ILedger, IDisposable, IAsyncDisposable
{
    private readonly ConcurrentDictionary<uint, Lazy<LedgerWriter>> writers = new();
    private readonly ILedgerStore store;
    private readonly LedgerEngineOptions options;
    private readonly TimeProvider time;
    private int disposed;

    internal LedgerEngine(ILedgerStore store, LedgerEngineOptions? options, TimeProvider? time)
    {
        this.store = store;
        this.options = options ?? new LedgerEngineOptions();
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>"SQLite" or "PostgreSQL".</summary>
    public string Provider => store.Provider;

    /// <summary>An engine over a SQLite database, e.g. <c>Data Source=./data/machidx.db</c>.</summary>
    public static LedgerEngine ForSqlite(string connectionString, LedgerEngineOptions? options = null, TimeProvider? time = null)
    {
        options ??= new LedgerEngineOptions();
        return new LedgerEngine(new SqliteLedgerStore(connectionString, options.Durable), options, time);
    }

    /// <summary>An engine over PostgreSQL; a ledger is written only by the instance holding its advisory lock.</summary>
    public static LedgerEngine ForPostgres(string connectionString, LedgerEngineOptions? options = null, TimeProvider? time = null) =>
        new(new PostgresLedgerStore(connectionString), options, time);

    /// <summary>Creates the ledger tables if missing (tests, bench; the application applies <see cref="LedgerSchema"/> in its migrations).</summary>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => Task.Run(store.EnsureSchema, cancellationToken);

    /// <summary>
    /// Starts the writer of a ledger and loads it; true when this instance now writes it, false when another
    /// instance holds its lock. Optional: every call does this on first use.
    /// </summary>
    public async Task<bool> OpenLedgerAsync(uint ledger, CancellationToken cancellationToken = default)
    {
        var writer = Writer(ledger);
        await writer.FirstOpen.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (writer.State is null && writer.OpenError is not null and not LedgerOwnedByAnotherWriterException)
        {
            throw new LedgerStorageException("The ledger could not be opened.", writer.OpenError);
        }

        return writer.State is not null;
    }

    public Task<TransferResult[]> SubmitAsync(ReadOnlyMemory<Transfer> transfers, CancellationToken cancellationToken = default)
    {
        if (transfers.IsEmpty)
        {
            return Task.FromResult(Array.Empty<TransferResult>());
        }

        uint ledger = transfers.Span[0].Ledger;
        foreach (ref readonly var transfer in transfers.Span)
        {
            if (transfer.Ledger != ledger || ledger == 0)
            {
                return Task.FromResult(Refused(transfers.Length, ledger == 0 ? TransferResultCode.LedgerMustNotBeZero : TransferResultCode.LedgerMismatch));
            }
        }

        return Writer(ledger).SubmitAsync(transfers, cancellationToken);
    }

    public Task<AccountResult[]> CreateAccountsAsync(ReadOnlyMemory<Account> accounts, CancellationToken cancellationToken = default)
    {
        if (accounts.IsEmpty)
        {
            return Task.FromResult(Array.Empty<AccountResult>());
        }

        uint ledger = accounts.Span[0].Ledger;
        foreach (ref readonly var account in accounts.Span)
        {
            if (account.Ledger != ledger || ledger == 0)
            {
                var code = ledger == 0 ? AccountResultCode.LedgerMustNotBeZero : AccountResultCode.LedgerMismatch;
                return Task.FromResult(Enumerable.Repeat(new AccountResult(code), accounts.Length).ToArray());
            }
        }

        return Writer(ledger).CreateAccountsAsync(accounts, cancellationToken);
    }

    public async Task<AccountBalanceEntry?[]> GetBalancesAsync(uint ledger, ReadOnlyMemory<UInt128> accountIds, CancellationToken cancellationToken = default)
    {
        var writer = Writer(ledger);
        await writer.FirstOpen.WaitAsync(cancellationToken).ConfigureAwait(false);
        var results = new AccountBalanceEntry?[accountIds.Length];
        lock (writer.PublishLock)
        {
            if (writer.State is { } state)
            {
                var ids = accountIds.Span;
                for (int i = 0; i < ids.Length; i++)
                {
                    if (state.Accounts.TryGetValue(ids[i], out var account) && account.IsCommitted)
                    {
                        results[i] = new AccountBalanceEntry(account.Account, account.Committed);
                    }
                }

                return results;
            }
        }

        // Another instance writes this ledger: compute from the database.
        var copy = accountIds.ToArray();
        return await Task.Run(
            () =>
            {
                using var reader = store.OpenReader();
                for (int i = 0; i < copy.Length; i++)
                {
                    if (reader.ReadAccount(ledger, copy[i]) is { } account)
                    {
                        results[i] = new AccountBalanceEntry(account, BalanceAt(reader, ledger, copy[i], long.MaxValue, head: null));
                    }
                }

                return results;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<Transfer?[]> LookupTransfersAsync(uint ledger, ReadOnlyMemory<UInt128> ids, CancellationToken cancellationToken = default)
    {
        var copy = ids.ToArray();
        return Task.Run(
            () =>
            {
                using var reader = store.OpenReader();
                var found = reader.ReadTransfersById(ledger, copy);
                var results = new Transfer?[copy.Length];
                for (int i = 0; i < copy.Length; i++)
                {
                    results[i] = found.TryGetValue(copy[i], out var t) ? t : null;
                }

                return results;
            },
            cancellationToken);
    }

    /// <remarks>
    /// An account's history is a chain of its transfers linked by timestamp, newest first: a descending page costs one
    /// primary-key lookup per transfer. Ascending order walks the whole chain (fine for wallets, slow for system accounts).
    /// </remarks>
    public Task<TransferPage> GetTransfersAsync(uint ledger, UInt128 accountId, TransferQuery query = default, CancellationToken cancellationToken = default)
    {
        int limit = query.Limit <= 0 ? 50 : Math.Min(query.Limit, 1000);
        long? head = KnownHead(ledger, accountId);
        return Task.Run(
            () =>
            {
                using var reader = store.OpenReader();
                List<Transfer> transfers;
                if (query.Descending)
                {
                    long start = query.Cursor is { } cursor ? reader.ReadPrevious(ledger, accountId, cursor) : head ?? reader.ReadHead(ledger, accountId);
                    transfers = start == 0 ? [] : reader.ReadChain(ledger, accountId, start, limit);
                }
                else
                {
                    long first = head ?? reader.ReadHead(ledger, accountId);
                    var all = first == 0 ? [] : reader.ReadChain(ledger, accountId, first, int.MaxValue);
                    all.Reverse();
                    transfers = [.. all.Where(t => t.Timestamp > (query.Cursor ?? 0)).Take(limit)];
                }

                long? next = transfers.Count == limit ? transfers[^1].Timestamp : null;
                return new TransferPage(transfers, next);
            },
            cancellationToken);
    }

    public Task<AccountBalance?> GetBalanceAtAsync(uint ledger, UInt128 accountId, long timestamp, CancellationToken cancellationToken = default)
    {
        long? head = KnownHead(ledger, accountId);
        return Task.Run(
            () =>
            {
                using var reader = store.OpenReader();
                if (reader.ReadAccount(ledger, accountId) is not { } account || account.Timestamp > timestamp)
                {
                    return (AccountBalance?)null;
                }

                return BalanceAt(reader, ledger, accountId, timestamp, head);
            },
            cancellationToken);
    }

    public Task<LedgerInvariantReport> CheckInvariantsAsync(uint ledger, CancellationToken cancellationToken = default) =>
        Task.Run(
            () =>
            {
                using var reader = store.OpenReader();
                return InvariantChecker.Check(reader, ledger, live: null);
            },
            cancellationToken);

    /// <summary>Drains every writer (answering all queued calls), stores final checkpoints and releases the locks.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        foreach (var writer in writers.Values)
        {
            if (writer.IsValueCreated)
            {
                writer.Value.Dispose();
            }
        }

        store.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static AccountBalance BalanceAt(ILedgerReader reader, uint ledger, UInt128 accountId, long timestamp, long? head)
    {
        long start = head ?? reader.ReadHead(ledger, accountId);
        var transfers = start == 0 ? [] : reader.ReadChain(ledger, accountId, start, int.MaxValue);
        transfers.RemoveAll(t => t.Timestamp > timestamp);
        return BalanceHistory.Compute(accountId, transfers, reader.ReadExpiredPendings(ledger, accountId, timestamp));
    }

    /// <summary>The head of an account's history chain, when this instance writes the ledger and knows it.</summary>
    private long? KnownHead(uint ledger, UInt128 accountId)
    {
        if (!writers.TryGetValue(ledger, out var lazy) || !lazy.IsValueCreated)
        {
            return null;
        }

        var writer = lazy.Value;
        lock (writer.PublishLock)
        {
            return writer.State is { } state && state.Accounts.TryGetValue(accountId, out var account) && account.IsCommitted
                ? account.CommittedLastTimestamp
                : null;
        }
    }

    /// <summary>The writer's committed balance of an account, when this instance writes the ledger (tests).</summary>
    internal AccountBalance? LiveBalance(uint ledger, UInt128 accountId)
    {
        var writer = Writer(ledger);
        lock (writer.PublishLock)
        {
            return writer.State is { } state && state.Accounts.TryGetValue(accountId, out var account) && account.IsCommitted
                ? account.Committed
                : null;
        }
    }

    /// <summary>The writer's checkpoint pass (accounts in it, how many are stored) and the checkpoint timestamp (tests).</summary>
    internal (int Length, int Stored, long Checkpoint)? CheckpointPass(uint ledger) =>
        Writer(ledger).State is { } state ? (state.Pass.Length, state.Pass.Stored, state.CheckpointTimestamp) : null;

    /// <summary>The writer's counters (bench).</summary>
    internal string WriterStats(uint ledger)
    {
        var (batches, transfers, processing, committing, checkpointed) = Writer(ledger).Stats;
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{batches:N0} batches, {transfers / Math.Max(1, batches):N0} transfers/batch, validating {processing.TotalMilliseconds:N0} ms, committing {committing.TotalMilliseconds:N0} ms, {checkpointed:N0} balances checkpointed");
    }

    private LedgerWriter Writer(uint ledger)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        return writers.GetOrAdd(ledger, l => new Lazy<LedgerWriter>(() => new LedgerWriter(l, store, options, time))).Value;
    }

    private static TransferResult[] Refused(int count, TransferResultCode code) =>
        Enumerable.Repeat(new TransferResult(code), count).ToArray();
}
