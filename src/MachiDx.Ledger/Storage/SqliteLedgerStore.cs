using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MachiDx.Ledger.Storage;

/// <summary>SQLite storage: WAL journal, synchronous=FULL on the writer (an acknowledged batch survives power loss).</summary>
internal sealed class SqliteLedgerStore : ILedgerStore
{
    private readonly string connectionString;
    private readonly string? lockDirectory;
    private readonly string synchronous;

    public SqliteLedgerStore(string connectionString, bool durable = true)
    {
        this.connectionString = connectionString;
        synchronous = durable ? "FULL" : "OFF";
        var builder = new SqliteConnectionStringBuilder(connectionString);
        bool inMemory = builder.Mode == SqliteOpenMode.Memory
            || builder.DataSource == ":memory:"
            || builder.DataSource.Contains("mode=memory", StringComparison.Ordinal);
        lockDirectory = inMemory ? null : Path.GetFullPath(builder.DataSource);
    }

    public string Provider => "SQLite";

    public void EnsureSchema()
    {
        using var connection = Open();
        using var journal = connection.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode=WAL;";
        journal.ExecuteNonQuery();
        using var command = connection.CreateCommand();
        command.CommandText = LedgerSchema.Sqlite;
        command.ExecuteNonQuery();
    }

    public ILedgerWriterSession OpenWriter(uint ledger)
    {
        FileStream? lockFile = null;
        if (lockDirectory is not null)
        {
            // One writer per ledger across processes: an exclusive (flock) lock on a file beside the database.
            string path = string.Create(CultureInfo.InvariantCulture, $"{lockDirectory}.ledger-{ledger}.lock");
            try
            {
                lockFile = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                throw new LedgerOwnedByAnotherWriterException(ledger);
            }
        }

        try
        {
            var connection = Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous}; PRAGMA cache_size=-262144;";
            pragma.ExecuteNonQuery();
            return new SqliteWriterSession(connection, ledger, lockFile);
        }
        catch
        {
            lockFile?.Dispose();
            throw;
        }
    }

    public ILedgerReader OpenReader() => new LedgerReader(SqliteLedgerDialect.Instance, Open(), ownsConnection: true);

    public void Dispose()
    {
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var timeout = connection.CreateCommand();
        timeout.CommandText = "PRAGMA busy_timeout=5000;";
        timeout.ExecuteNonQuery();
        return connection;
    }
}
