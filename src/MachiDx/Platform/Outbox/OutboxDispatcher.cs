namespace MachiDx.Platform.Outbox;

/// <summary>Polls every module's outbox and delivers due messages. Also callable directly (tests, the CLI).</summary>
internal sealed partial class OutboxDispatcher(
    IEnumerable<IOutboxSource> sources,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(250);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Delivers every due message now; returns how many were attempted.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var total = 0;
            foreach (var source in sources)
            {
                int attempted;
                do
                {
                    attempted = await source.DispatchBatchAsync(cancellationToken);
                    total += attempted;
                }
                while (attempted > 0 && !cancellationToken.IsCancellationRequested && attempted >= 50);
            }

            return total;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DispatchDueAsync(stoppingToken) == 0)
                {
                    await Task.Delay(IdleDelay, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogDispatcherFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch loop failed; retrying")]
    private static partial void LogDispatcherFailed(ILogger logger, Exception exception);
}
