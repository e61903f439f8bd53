using System.Globalization;
using Npgsql;

[assembly: AssemblyFixture(typeof(MachiDx.Ledger.Tests.Infrastructure.PostgresDatabase))]

namespace MachiDx.Ledger.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL database for the test run (tests isolate themselves by ledger number), created on the
/// server named by MACHIDX_TEST_POSTGRES and dropped afterwards.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string Variable = "MACHIDX_TEST_POSTGRES";
    private string? adminConnectionString;
    private string? name;

    /// <summary>Connection string of the test database; fails the test with a clear message when no server is configured.</summary>
    public string ConnectionString
    {
        get => field ?? throw new InvalidOperationException(
            $"{Variable} is not set: PostgreSQL tests need a server. Run them with scripts/with-postgres.sh (the repo's test command does).");
        private set;
    }

    public async ValueTask InitializeAsync()
    {
        adminConnectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(adminConnectionString))
        {
            return;
        }

        name = string.Create(CultureInfo.InvariantCulture, $"ledger_test_{Guid.NewGuid():N}");
        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
        using var engine = LedgerEngine.ForPostgres(ConnectionString);
        await engine.EnsureSchemaAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (name is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
