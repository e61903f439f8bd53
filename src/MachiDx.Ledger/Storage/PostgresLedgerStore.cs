using Npgsql;

namespace MachiDx.Ledger.Storage;

/// <summary>
/// PostgreSQL storage (schema <c>ledger</c>). The writer of a ledger holds a session-level advisory lock on its own
/// unpooled connection, so exactly one instance writes a ledger and the lock goes when that session ends.
/// </summary>
internal sealed class PostgresLedgerStore : ILedgerStore
{
    /// <summary>First key of the advisory lock pair ("LEDG"); the second is the ledger number.</summary>
    internal const int AdvisoryLockClass = 0x4C454447;

    private readonly NpgsqlDataSource readers;
    private readonly string writerConnectionString;

    public PostgresLedgerStore(string connectionString)
    {
        readers = NpgsqlDataSource.Create(connectionString);
        writerConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = "machidx-ledger-writer" }.ConnectionString;
    }

    public string Provider => "PostgreSQL";

    public void EnsureSchema()
    {
        using var connection = readers.OpenConnection();
        // Serialise concurrent creators (two instances starting at once).
        using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(1279607878); " + LedgerSchema.Postgres, connection);
        using var transaction = connection.BeginTransaction();
        command.Transaction = transaction;
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    public ILedgerWriterSession OpenWriter(uint ledger)
    {
        var connection = new NpgsqlConnection(writerConnectionString);
        try
        {
            connection.Open();
            using var command = new NpgsqlCommand("SET synchronous_commit = on; SELECT pg_try_advisory_lock(@class, @ledger)", connection);
            command.Parameters.AddWithValue("class", AdvisoryLockClass);
            command.Parameters.AddWithValue("ledger", unchecked((int)ledger));
            if (command.ExecuteScalar() is not true)
            {
                throw new LedgerOwnedByAnotherWriterException(ledger);
            }

            return new PostgresWriterSession(connection, ledger);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public ILedgerReader OpenReader() => new LedgerReader(PostgresLedgerDialect.Instance, readers.OpenConnection(), ownsConnection: true);

    public void Dispose() => readers.Dispose();
}
