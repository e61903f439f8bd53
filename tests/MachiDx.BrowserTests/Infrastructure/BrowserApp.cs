using MachiDx.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(MachiDx.BrowserTests.Infrastructure.BrowserApp))]

namespace MachiDx.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel (loopback, free port, fresh SQLite file, demo data) and Debian's Chromium
/// driven by Playwright. One per test assembly; each test gets its own browser context.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("machidx-browser-").FullName;
    private Factory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The application's services, for arranging what a journey cannot do through the UI (e.g. time passing).</summary>
    public IServiceProvider Services => _factory!.Services;

    /// <summary>The app's clock: dates a journey types are counted from the app's today, not the test machine's.</summary>
    public TimeProvider Clock => Services.GetRequiredService<TimeProvider>();

    /// <summary>The app's today in Japan plus <paramref name="days"/>, as a date field takes it (yyyy-MM-dd).</summary>
    public string Day(int days) =>
        MachiDx.Platform.JapanTime.Today(Clock).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask InitializeAsync()
    {
        _factory = new Factory(Path.Combine(_dataDirectory, "machidx.db"));
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MACHIDX_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "ja-JP" });
        // A 2-core CI machine runs the app, the browser and axe at once: allow a slow step (not a timed assertion).
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class Factory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            // Serve wwwroot the way Development does (from the build output, compressed variants included).
            builder.UseStaticWebAssets();
            builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Sqlite));
            builder.UseSetting("Database:ConnectionString", $"Data Source={databasePath}");
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Demo:ResidentsPerCity", "5");
            builder.UseSetting("Demo:StaffPerDepartment", "1");
            builder.UseSetting("Wallet:AutomaticPayouts", "false");
            foreach (var policy in MachiDx.Platform.Security.RateLimitPolicies.All)
            {
                builder.UseSetting($"RateLimits:{policy}:PermitLimit", "1000000"); // one browser signs in many times a minute
            }

            builder.UseSetting("Email:PickupDirectory", Path.Combine(Path.GetTempPath(), "machidx-browser-mail"));
            // 大川市 offers staff sign-in through its identity provider; the provider is never contacted by these tests.
            builder.UseSetting("Authentication:Oidc:okawa:Authority", "https://idp.invalid/okawa");
            builder.UseSetting("Authentication:Oidc:okawa:ClientId", "machidx-okawa");
            builder.UseSetting("Authentication:Oidc:okawa:DisplayName", "大川市職員アカウント");
        }
    }
}
