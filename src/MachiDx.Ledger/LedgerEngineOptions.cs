namespace MachiDx.Ledger;

/// <summary>Tuning of the engine; the defaults suit one node serving a city.</summary>
public sealed class LedgerEngineOptions
{
    /// <summary>Most transfers (and accounts) validated and committed in one database transaction.</summary>
    public int MaxBatchSize { get; init; } = 8_190;

    /// <summary>Most transfers waiting per ledger; beyond it calls are answered <see cref="TransferResultCode.Busy"/>.</summary>
    public int MaxQueuedTransfers { get; init; } = 200_000;

    /// <summary>
    /// How long one incremental checkpoint pass takes: the account balances changed since the last pass are stored in
    /// key order, a share with each batch, so a restart loads them instead of replaying every transfer. A restart
    /// replays at most about two intervals of transfers. <see cref="TimeSpan.Zero"/> stores every change with its
    /// batch; <see cref="Timeout.InfiniteTimeSpan"/> only at shutdown.
    /// </summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often an idle writer looks for expired pending transfers.</summary>
    public TimeSpan IdleTick { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>SQLite only: false sets synchronous=OFF (tests and simulations; acknowledged writes are then not durable).</summary>
    public bool Durable { get; init; } = true;

    /// <summary>Test hook: called before (false) and after (true) each commit; throwing simulates a writer crash there.</summary>
    internal Action<Engine.WriteBatch, bool>? FaultInjector { get; init; }
}
