using System.Globalization;
using System.Net;
using MachiDx.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MachiDx.Wallet.Bench;

/// <summary>
/// The real application (Program of src/MachiDx) on Kestrel, bound to 127.0.0.1 on a free port, on a fresh database,
/// in an environment named "Bench": production code paths, demo data allowed (it is refused only in "Production"),
/// logging at Warning. The naive baseline endpoint is added by <see cref="NaivePayments.AddNaivePayments"/>.
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly BenchDatabase database;
    private readonly int residents;

    private BenchHost(BenchDatabase database, int residents)
    {
        this.database = database;
        this.residents = residents;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public BenchDatabase Database => database;

    public static BenchHost Start(BenchDatabase database, int residents)
    {
        // WebApplicationFactory looks for MvcTestingAppManifest.json in the working directory only; `dotnet run`
        // starts elsewhere, so name the app's content root (src/MachiDx) from the manifest next to this program.
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        if (File.Exists(manifest))
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
            var root = json.RootElement.EnumerateObject().First(p => p.Name.StartsWith("MachiDx,", StringComparison.Ordinal)).Value.GetString();
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MACHIDX", root);
        }

        var host = new BenchHost(database, residents);
        host.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
        });
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseAddress = new Uri(address);
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Bench");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Wallet:AutomaticPayouts", "false");
        builder.UseSetting("Demo:ResidentsPerCity", residents.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Demo:StaffPerDepartment", "1");
        foreach (var policy in MachiDx.Platform.Security.RateLimitPolicies.All)
        {
            builder.UseSetting($"RateLimits:{policy}:PermitLimit", "100000000"); // the load driver is one client address
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft", "Warning");
        builder.ConfigureServices(services => services.AddNaivePayments());
    }
}

/// <summary>A fresh database for one run: a SQLite file in a temp directory, or a new database on the PostgreSQL server.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? directory;
    private readonly string? adminConnection;
    private readonly string? databaseName;

    private BenchDatabase(DatabaseProvider provider, string connectionString, string? directory, string? adminConnection, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.directory = directory;
        this.adminConnection = adminConnection;
        this.databaseName = databaseName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string Name => Provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite";

    public static BenchDatabase Sqlite()
    {
        var dir = Directory.CreateTempSubdirectory("machidx-wallet-bench-").FullName;
        return new BenchDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dir, "machidx.db")}", dir, null, null);
    }

    public static async Task<BenchDatabase> PostgresAsync(string admin)
    {
        string name = "machidx_wallet_bench_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 200 };
        return new BenchDatabase(DatabaseProvider.Postgres, builder.ConnectionString, null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        if (adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(adminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
