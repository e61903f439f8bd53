using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachiDx.Platform.Data;

/// <summary>Applies every module's pending migrations, in registration order.</summary>
public sealed partial class DatabaseMigrator(
    IServiceProvider services,
    IEnumerable<ModuleDatabase> modules,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var module in modules)
        {
            var context = module.Resolve(services);
            if (options.Value.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers proceed while a writer commits; the setting persists in the file.
                await context.Database.OpenConnectionAsync(cancellationToken);
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await context.Database.CloseConnectionAsync();
            }

            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                LogMigrating(logger, module.ModuleName, pending.Count);
                await context.Database.MigrateAsync(cancellationToken);
            }
        }
    }

    public async Task<bool> HasPendingMigrationsAsync(CancellationToken cancellationToken)
    {
        foreach (var module in modules)
        {
            if ((await module.Resolve(services).Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to module {Module}")]
    private static partial void LogMigrating(ILogger logger, string module, int count);
}
