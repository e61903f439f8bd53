using System.Threading.Channels;
using MachiDx.Ledger.Storage;

namespace MachiDx.Ledger.Engine;

/// <summary>
/// The single writer of one ledger: a thread that drains a queue of calls, validates them as one batch against the
/// in-memory balances, commits the batch in one transaction (group commit) and only then answers the callers.
/// </summary>
internal sealed class LedgerWriter : IDisposable
{
    private readonly Channel<WriteRequest> queue = Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ILedgerStore store;
    private readonly LedgerEngineOptions options;
    private readonly TimeProvider time;
    private readonly Thread thread;
    private readonly TaskCompletionSource firstOpen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile LedgerState? state;
    private ILedgerWriterSession? session;
    private int queued;
    private long batches, transfers, processTicks, commitTicks, checkpointed;
    private long passStarted;

    public LedgerWriter(uint ledger, ILedgerStore store, LedgerEngineOptions options, TimeProvider time)
    {
        Ledger = ledger;
        this.store = store;
        this.options = options;
        this.time = time;
        thread = new Thread(Run) { IsBackground = true, Name = $"ledger-writer-{ledger}" };
        thread.Start();
    }

    public uint Ledger { get; }

    public Lock PublishLock { get; } = new();

    /// <summary>Completes once the writer has tried to take the ledger's lock and load it the first time.</summary>
    public Task FirstOpen => firstOpen.Task;

    /// <summary>The loaded state while this writer owns the ledger; null otherwise.</summary>
    public LedgerState? State => state;

    /// <summary>Counters for the bench: batches, transfers, and time spent validating and committing.</summary>
    public (long Batches, long Transfers, TimeSpan Processing, TimeSpan Committing, long CheckpointedAccounts) Stats =>
        (batches, transfers, TimeSpan.FromTicks(processTicks), TimeSpan.FromTicks(commitTicks), checkpointed);

    /// <summary>Last error that kept the writer from opening, if any.</summary>
    public Exception? OpenError { get; private set; }

    public async Task<TransferResult[]> SubmitAsync(ReadOnlyMemory<Transfer> transfers, CancellationToken cancellationToken)
    {
        var request = WriteRequest.ForTransfers(transfers);
        Enqueue(request);
        await request.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return request.TransferResults;
    }

    public async Task<AccountResult[]> CreateAccountsAsync(ReadOnlyMemory<Account> accounts, CancellationToken cancellationToken)
    {
        var request = WriteRequest.ForAccounts(accounts);
        Enqueue(request);
        await request.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return request.AccountResults;
    }

    /// <summary>Stops taking calls, answers everything queued, stores a final checkpoint and releases the lock.</summary>
    public void Dispose()
    {
        queue.Writer.TryComplete();
        thread.Join();
    }

    private void Enqueue(WriteRequest request)
    {
        int size = request.Size;
        int after = Interlocked.Add(ref queued, size);
        if (after > options.MaxQueuedTransfers && after - size > 0)
        {
            Interlocked.Add(ref queued, -size);
            request.Refuse(TransferResultCode.Busy, AccountResultCode.Busy);
            return;
        }

        if (!queue.Writer.TryWrite(request))
        {
            Interlocked.Add(ref queued, -size);
            request.Refuse(TransferResultCode.ShuttingDown, AccountResultCode.ShuttingDown);
        }
    }

    private void Run()
    {
        OpenAndCatchUp();
        firstOpen.TrySetResult();
        var requests = new List<WriteRequest>();
        var reader = queue.Reader;
        while (true)
        {
            requests.Clear();
            int count = 0;
            while (count < options.MaxBatchSize && reader.TryRead(out var request))
            {
                requests.Add(request);
                count += request.Size;
                Interlocked.Add(ref queued, -request.Size);
            }

            if (requests.Count > 0)
            {
                RunBatch(requests);
                continue;
            }

            var wait = reader.WaitToReadAsync().AsTask();
            if (!wait.Wait(options.IdleTick))
            {
                if (state is not null)
                {
                    RunBatch(requests); // Idle tick: expire due pending transfers, store a due checkpoint.
                }

                continue;
            }

            if (!wait.Result)
            {
                break; // Completed and drained.
            }
        }

        if (state is not null)
        {
            RunBatch(requests, forceCheckpoint: true);
        }

        Close();
    }

    /// <summary>Loads the ledger and at once commits the expiries that fell due while nobody was writing.</summary>
    private void OpenAndCatchUp()
    {
        if (TryOpen())
        {
            RunBatch([], recovering: true);
        }
    }

    private bool TryOpen()
    {
        try
        {
            session = store.OpenWriter(Ledger);
            var loaded = LedgerLoader.Load(session.Reader, Ledger, PublishLock);
            loaded.PublishLoaded();
            state = loaded;
            OpenError = null;
            passStarted = time.GetTimestamp();
            return true;
        }
        catch (Exception ex)
        {
            OpenError = ex;
            Close();
            return false;
        }
    }

    private void Close()
    {
        state = null;
        try
        {
            session?.Dispose();
        }
        catch (Exception)
        {
            // The connection is being abandoned anyway (it may be the reason we close).
        }

        session = null;
    }

    private void RunBatch(List<WriteRequest> requests, bool forceCheckpoint = false, bool recovering = false)
    {
        if (state is null && !TryOpen())
        {
            foreach (var request in requests)
            {
                if (OpenError is LedgerOwnedByAnotherWriterException)
                {
                    request.Refuse(TransferResultCode.LedgerOwnedByAnotherWriter, AccountResultCode.LedgerOwnedByAnotherWriter);
                }
                else
                {
                    request.Completion.TrySetException(new LedgerStorageException("The ledger could not be opened.", OpenError));
                }
            }

            return;
        }

        var current = state!;
        try
        {
            var known = current.FindKnownIds(requests);
            var existing = known.Count == 0 ? new Dictionary<UInt128, Transfer>() : session!.Reader.ReadTransfersById(Ledger, known);
            long started = System.Diagnostics.Stopwatch.GetTimestamp();
            var batch = current.Process(requests, NowNanoseconds(), existing);
            AddCheckpoint(current, batch, forceCheckpoint);

            long processed = System.Diagnostics.Stopwatch.GetTimestamp();
            if (!batch.IsEmpty)
            {
                options.FaultInjector?.Invoke(batch, false);
                session!.Commit(batch);
                options.FaultInjector?.Invoke(batch, true);
            }

            batches++;
            transfers += batch.Transfers.Count;
            processTicks += System.Diagnostics.Stopwatch.GetElapsedTime(started, processed).Ticks;
            commitTicks += System.Diagnostics.Stopwatch.GetElapsedTime(processed).Ticks;

            current.Publish(batch);
        }
        catch (Exception ex)
        {
            // The outcome of the transaction may be unknown: drop the in-memory state and rebuild it from the
            // database before the next batch. Callers see an error and may retry with the same ids.
            Close();
            if (!recovering)
            {
                // Rebuild from the database before answering, so the callers' next reads see the durable state.
                OpenAndCatchUp();
            }

            var error = new LedgerStorageException("The batch could not be committed; its outcome is unknown. Retry with the same ids.", ex);
            foreach (var request in requests)
            {
                request.Completion.TrySetException(error);
            }

            return;
        }

        foreach (var request in requests)
        {
            request.Completion.TrySetResult();
        }
    }

    /// <summary>
    /// Stores changed balances with the batch. With a finite interval this is an incremental sweep: a pass takes the
    /// accounts changed since the last pass in key order and stores a share of them with each batch, paced to finish
    /// in one interval. Each page of the accounts table is then written about once per pass instead of once per
    /// full checkpoint, no batch stalls on a large checkpoint, and a restart replays at most about two intervals.
    /// </summary>
    private void AddCheckpoint(LedgerState current, WriteBatch batch, bool force)
    {
        var interval = options.CheckpointInterval;
        if (force || interval == TimeSpan.Zero)
        {
            if (current.DirtyCount > 0 || current.CheckpointTimestamp < current.LastTimestamp)
            {
                current.AddCheckpoint(batch, upTo: int.MaxValue, everything: true);
            }
        }
        else if (interval != Timeout.InfiniteTimeSpan)
        {
            var elapsed = time.GetElapsedTime(passStarted);
            if (!current.PassInProgress && current.DirtyCount > 0 && elapsed >= interval)
            {
                current.BeginPass();
                passStarted = time.GetTimestamp();
                elapsed = TimeSpan.Zero;
            }

            var (length, stored) = current.Pass;
            if (stored < length)
            {
                double share = Math.Min(1, (elapsed.Ticks + 1) / (double)interval.Ticks);
                current.AddCheckpoint(batch, (int)Math.Ceiling(length * share));
            }
        }

        checkpointed += batch.CheckpointBalances?.Count ?? 0;
    }

    private long NowNanoseconds() => (time.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100;
}
