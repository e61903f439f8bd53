namespace MachiDx.Ledger;

/// <summary>Tuning of the engine; the defaults suit one node serving a city.</summary>
public sealed class LedgerEngineOptions
{
    /// <summary>Most transfers (and accounts) validated and committed in one database transaction.</summary>
    public int MaxBatchSize { get; init; } = 8_190;

    /// <summary>Most transfers waiting per ledger; beyond it calls are answered <see cref="TransferResultCode.Busy"/>.</summary>
    public int MaxQueuedTransfers { get; init; } = 200_000;

    /// <summary>
    /// How often the changed account balances are stored with a batch, so a restart loads them instead of replaying
    /// every transfer. <see cref="TimeSpan.Zero"/> stores them with every batch; <see cref="Timeout.InfiniteTimeSpan"/> never.
    /// </summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often an idle writer looks for expired pending transfers.</summary>
    public TimeSpan IdleTick { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>SQLite only: false sets synchronous=OFF (tests and simulations; acknowledged writes are then not durable).</summary>
    public bool Durable { get; init; } = true;

    /// <summary>Test hook: called before (false) and after (true) each commit; throwing simulates a writer crash there.</summary>
    internal Action<Engine.WriteBatch, bool>? FaultInjector { get; init; }
}
