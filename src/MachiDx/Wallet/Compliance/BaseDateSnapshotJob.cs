using System.Globalization;
using MachiDx.Platform.Tenancy;

namespace MachiDx.Wallet.Compliance;

/// <summary>
/// Takes the 基準日 snapshot of every municipality once the base date's 24:00 JST has passed. It wakes shortly after
/// start and then every hour, and takes the latest passed base date wherever it is missing (taking is idempotent, so
/// several nodes may run it). A base date missed while the service was down for longer is taken by hand on the
/// compliance page: the figures come from the ledger's history and do not depend on when they are read.
/// </summary>
public sealed partial class BaseDateSnapshotJob(IServiceScopeFactory scopes, MunicipalityDirectory cities, TimeProvider time, ILogger<BaseDateSnapshotJob> logger)
    : BackgroundService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Tick = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstDelay, time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(Tick, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Takes the latest passed base date for every municipality that lacks it; returns how many were created.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var baseDate = BaseDates.LatestPassed(time.GetUtcNow().UtcDateTime);
        var created = 0;
        foreach (var city in await cities.GetAllAsync(ct))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(city);
                var outcome = await scope.ServiceProvider.GetRequiredService<SnapshotDesk>().TakeAsync(baseDate, ct);
                if (outcome.Created)
                {
                    created++;
                    LogTaken(logger, city.Code, baseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, city.Code);
            }
        }

        return created;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "基準日 snapshot of {City} for {BaseDate} taken")]
    private static partial void LogTaken(ILogger logger, string city, string baseDate);

    [LoggerMessage(Level = LogLevel.Error, Message = "基準日 snapshot of {City} failed; retrying at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception, string city);
}
