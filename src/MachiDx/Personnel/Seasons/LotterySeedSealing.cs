using MachiDx.Personnel.Data;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Seasons;

/// <summary>
/// Once at start: seals the lottery seeds that older versions wrote in plain text for seasons not yet
/// completed (a schema migration cannot, as only the running app holds the Data Protection keys).
/// </summary>
internal sealed partial class LotterySeedSealing(IServiceScopeFactory scopes, LotterySeeds seeds, ILogger<LotterySeedSealing> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var root = scopes.CreateAsyncScope();
        foreach (var city in await root.ServiceProvider.GetRequiredService<MunicipalityDirectory>().GetAllAsync(cancellationToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(city);
            var db = scope.ServiceProvider.GetRequiredService<PersonnelDbContext>();
            var plain = await db.Seasons.Where(s => s.Phase < SeasonPhase.Completed && s.SealedSeed == null && s.Seed != null).ToListAsync(cancellationToken);
            var sealedCount = plain.Count(seeds.SealLegacy);
            if (sealedCount > 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                LogSealed(logger, city.Code, sealedCount);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Sealed {Count} plain-text lottery seeds of unfinished seasons in {City}")]
    private static partial void LogSealed(ILogger logger, string city, int count);
}
