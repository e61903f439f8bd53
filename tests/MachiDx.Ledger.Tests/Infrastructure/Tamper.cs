using Microsoft.Data.Sqlite;
using Npgsql;

namespace MachiDx.Ledger.Tests.Infrastructure;

/// <summary>Changes stored rows behind the engine's back (to prove the checker notices).</summary>
public static class Tamper
{
    public static async Task ExecuteAsync(Provider provider, PostgresDatabase postgres, LedgerHarness h, string sqlTemplate)
    {
        string sql = sqlTemplate
            .Replace("{accounts}", provider == Provider.Sqlite ? "ledger_accounts" : "ledger.accounts", StringComparison.Ordinal)
            .Replace("{transfers}", provider == Provider.Sqlite ? "ledger_transfers" : "ledger.transfers", StringComparison.Ordinal)
            .Replace("{ledger}", h.Ledger.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (provider == Provider.Sqlite)
        {
            await using var connection = new SqliteConnection(h.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            await using var connection = new NpgsqlConnection(postgres.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
