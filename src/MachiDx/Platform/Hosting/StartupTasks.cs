using MachiDx.Platform.Data;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.Extensions.Options;

namespace MachiDx.Platform.Hosting;

/// <summary>What runs once before the app serves: migrations (when configured), roles, demo data (never in Production).</summary>
internal static partial class StartupTasks
{
    public static async Task InitializeAsync(this WebApplication app, CancellationToken ct = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.MigrateOnStart)
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        }
        else if (await services.GetRequiredService<DatabaseMigrator>().HasPendingMigrationsAsync(ct))
        {
            throw new InvalidOperationException(
                "The database schema is not up to date. Run `MachiDx migrate` (or set Database:MigrateOnStart=true) before starting the application.");
        }

        await RoleSeeder.EnsureRolesAsync(services.GetRequiredService<PlatformDbContext>(), ct);

        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Enabled && app.Environment.IsProduction())
        {
            LogDemoRefused(app.Logger);
        }
        else if (demo.Enabled)
        {
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync(ct);
            await services.GetRequiredService<Postal.PostalDirectory>().SeedBundledIfEmptyAsync(ct);
            await SeedModulesAsync(app.Services, ct);
        }
    }

    private static async Task SeedModulesAsync(IServiceProvider root, CancellationToken ct)
    {
        var contributors = root.GetServices<IDemoDataContributor>().OrderBy(c => c.Order).ToList();
        foreach (var municipality in await root.GetRequiredService<MunicipalityDirectory>().GetAllAsync(ct))
        {
            foreach (var contributor in contributors)
            {
                await using var scope = root.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(municipality);
                await contributor.SeedAsync(municipality, scope.ServiceProvider, ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data is enabled in configuration but never written in the Production environment")]
    private static partial void LogDemoRefused(ILogger logger);
}
