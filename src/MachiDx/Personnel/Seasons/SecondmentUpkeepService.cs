using MachiDx.Platform.Tenancy;

namespace MachiDx.Personnel.Seasons;

/// <summary>The personnel daily upkeep: every hour, for every municipality, sends the secondment reminders that have become due (each once).</summary>
internal sealed partial class SecondmentUpkeepService(IServiceScopeFactory scopes, TimeProvider time, ILogger<SecondmentUpkeepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                await using var root = scopes.CreateAsyncScope();
                foreach (var city in await root.ServiceProvider.GetRequiredService<MunicipalityDirectory>().GetAllAsync(stoppingToken))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    scope.ServiceProvider.GetRequiredService<TenantContext>().Set(city);
                    var sent = await scope.ServiceProvider.GetRequiredService<SecondmentReminders>().RunAsync(stoppingToken);
                    if (sent > 0)
                    {
                        LogSent(logger, city.Code, sent);
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Secondment reminders in {City}: {Count} sent")]
    private static partial void LogSent(ILogger logger, string city, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Secondment reminder pass failed; it runs again within the hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
