using MachiDx.Platform.Tenancy;

namespace MachiDx.Wallet.Expiry;

/// <summary>
/// The wallet's hourly upkeep for every municipality: finishes charges a crash left pending, creates the payout run
/// when the city's cycle is due (the treasurer downloads its 全銀 file and confirms it), then runs the expiry
/// pass (value expires at 24:00 JST, so the first pass after midnight does it) and the 30/7-day notices.
/// </summary>
internal sealed partial class WalletUpkeepService(
    IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<WalletOptions> options, TimeProvider time, ILogger<WalletUpkeepService> logger) : BackgroundService
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
                    await scope.ServiceProvider.GetRequiredService<Charge.ChargeDesk>().RecoverPendingAsync(city.Id, TimeSpan.FromMinutes(2), stoppingToken);
                    if (options.Value.AutomaticPayouts)
                    {
                        await scope.ServiceProvider.GetRequiredService<Payouts.PayoutDesk>().CreateDueRunAsync(time.GetUtcNow().UtcDateTime, stoppingToken);
                    }

                    var result = await scope.ServiceProvider.GetRequiredService<ExpiryDesk>()
                        .RunAsync(time.GetUtcNow().UtcDateTime, (_, _) => Task.CompletedTask, stoppingToken);
                    if (result.LotsSwept > 0 || result.NoticesSent > 0)
                    {
                        LogPass(logger, city.Code, result.LotsSwept, result.ExpiredYen, result.NoticesSent);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Expiry in {City}: {Lots} lots swept, {Yen} yen expired, {Notices} notices")]
    private static partial void LogPass(ILogger logger, string city, int lots, long yen, int notices);

    [LoggerMessage(Level = LogLevel.Error, Message = "Expiry pass failed; it runs again within the hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
