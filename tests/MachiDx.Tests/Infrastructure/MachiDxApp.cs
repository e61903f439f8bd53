using MachiDx.Platform.Data;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MachiDx.Tests.Infrastructure;

/// <summary>
/// The real application over real HTTP (in-memory transport) on a fresh database of one provider,
/// with the deterministic demo data. One per scenario class.
/// </summary>
public abstract class MachiDxApp(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public DatabaseProvider Provider => provider;

    /// <summary>The app's clock: real time until a test moves it (dates in forms, "today" in Japan, expiries).</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Where pg_dump and pg_restore are: the test command's PostgreSQL (scripts/with-postgres.sh), else PATH.</summary>
    public static string PostgresBinDirectory => Environment.GetEnvironmentVariable("MACHIDX_PG_BIN") ?? "";

    /// <summary>Where the app writes e-mail (.eml files) in tests.</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "machidx-mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>The app's Data Protection key ring in tests (one per app, like its database).</summary>
    public string KeysDirectory { get; } = Path.Combine(Path.GetTempPath(), "machidx-keys-" + Guid.NewGuid().ToString("N"));

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(provider);
        _ = Services; // start the host: migrations and demo data
        await SettleOutboxAsync();
    }

    /// <summary>
    /// Delivers every due outbox message (and what those deliveries publish in turn), so that scenarios
    /// which compare balances start after the demo data's rewards and notices have landed.
    /// </summary>
    public async Task SettleOutboxAsync()
    {
        for (var round = 0; round < 20; round++)
        {
            if (await WithScopeAsync(null, sp => sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None)) == 0)
            {
                return;
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:ResidentsPerCity", "5");
        builder.UseSetting("Demo:StaffPerDepartment", "1");
        builder.UseSetting("Wallet:AutomaticPayouts", "false");
        builder.UseSetting("Email:PickupDirectory", MailDirectory);
        builder.UseSetting("DataProtection:KeysDirectory", KeysDirectory);
        builder.UseSetting("Backup:PostgresBinDirectory", PostgresBinDirectory);
        foreach (var policy in RateLimitPolicies.All)
        {
            // Scenario classes sign in and pay far more often than a person; SecurityScenarios uses low ones.
            builder.UseSetting($"RateLimits:{policy}:PermitLimit", "1000000");
        }

        builder.ConfigureServices(ConfigureTestServices);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Scenario classes add test-only services (handlers, fakes) here.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed (so tests can assert them).</summary>
    public PageClient Pages() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public ApiClient Api() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));

    /// <summary>Runs code against the module contexts, bound to a municipality (or to none).</summary>
    public async Task<T> WithScopeAsync<T>(string? city, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        if (city is not null)
        {
            var municipality = await scope.ServiceProvider.GetRequiredService<MunicipalityDirectory>().FindByCodeAsync(city, CancellationToken.None)
                ?? throw new InvalidOperationException("Unknown city " + city);
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(municipality);
        }

        return await action(scope.ServiceProvider);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(KeysDirectory))
        {
            Directory.Delete(KeysDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteApp() : MachiDxApp(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : MachiDxApp(DatabaseProvider.Postgres);
