using Microsoft.Data.Sqlite;

namespace MachiDx.Ledger.Storage;

internal sealed class SqliteLedgerReader(SqliteConnection connection, bool ownsConnection) : ILedgerReader
{
    private const string TransferColumns = "ledger, ts, id, debit_account_id, credit_account_id, amount, pending_id, timeout_seconds, code, flags, reference";

    private SqliteTransaction? snapshot;

    public IDisposable BeginSnapshot()
    {
        snapshot = connection.BeginTransaction(deferred: true);
        return new Snapshot(this);
    }

    public long ReadCheckpoint(uint ledger)
    {
        using var command = Command("SELECT ts FROM ledger_checkpoints WHERE ledger = $ledger", ledger);
        return command.ExecuteScalar() is long ts ? ts : 0;
    }

    public IEnumerable<(Account Account, AccountBalance Balance, long LastTimestamp)> ReadAccounts(uint ledger)
    {
        using var statement = new RawStatement(
            connection,
            "SELECT id, code, flags, reference, ts, debits_pending, debits_posted, credits_pending, credits_posted, last_ts FROM ledger_accounts WHERE ledger = ?1");
        statement.Bind(1, ledger);
        while (statement.Read())
        {
            var account = new Account(statement.Id(0), ledger, (ushort)statement.Int64(1), (AccountFlags)statement.Int64(2), statement.Id(3))
            {
                Timestamp = statement.Int64(4),
            };
            var balance = new AccountBalance(statement.Int64(5), statement.Int64(6), statement.Int64(7), statement.Int64(8));
            yield return (account, balance, statement.Int64(9));
        }
    }

    public Account? ReadAccount(uint ledger, UInt128 accountId)
    {
        using var command = Command("SELECT code, flags, reference, ts FROM ledger_accounts WHERE ledger = $ledger AND id = $id", ledger);
        command.Parameters.AddWithValue("$id", IdBytes.ToBytes(accountId));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new Account(accountId, ledger, (ushort)reader.GetInt32(0), (AccountFlags)reader.GetInt32(1), OptionalId(reader, 2)) { Timestamp = reader.GetInt64(3) };
    }

    // The two full scans below (start-up, invariant checks) read through SQLitePCL directly: no boxing, no byte[] per id.
    public IEnumerable<UInt128> ReadTransferIds(uint ledger, long maxTimestamp)
    {
        using var statement = new RawStatement(connection, "SELECT id FROM ledger_transfers WHERE ledger = ?1 AND ts <= ?2");
        statement.Bind(1, ledger);
        statement.Bind(2, maxTimestamp);
        while (statement.Read())
        {
            yield return statement.Id(0);
        }
    }

    public IEnumerable<Transfer> ReadReplay(uint ledger, long afterTimestamp)
    {
        using var statement = new RawStatement(
            connection,
            "SELECT id, debit_account_id, credit_account_id, amount, flags, pending_id, ts FROM ledger_transfers WHERE ledger = ?1 AND ts > ?2");
        statement.Bind(1, ledger);
        statement.Bind(2, afterTimestamp);
        while (statement.Read())
        {
            yield return new Transfer(statement.Id(0), statement.Id(1), statement.Id(2), statement.Int64(3), ledger, 0, (TransferFlags)statement.Int64(4), statement.Id(5))
            {
                Timestamp = statement.Int64(6),
            };
        }
    }

    private static Transfer RawTransfer(RawStatement statement) =>
        new(
            statement.Id(2),
            statement.Id(3),
            statement.Id(4),
            statement.Int64(5),
            (uint)statement.Int64(0),
            (ushort)statement.Int64(8),
            (TransferFlags)statement.Int64(9),
            statement.Id(6),
            (uint)statement.Int64(7),
            statement.Id(10))
        {
            Timestamp = statement.Int64(1),
        };

    public IEnumerable<Transfer> ReadPendingTransfers(uint ledger)
    {
        using var statement = new RawStatement(connection, $"SELECT {TransferColumns} FROM ledger_transfers WHERE ledger = ?1 AND (flags & 2) <> 0");
        statement.Bind(1, ledger);
        while (statement.Read())
        {
            yield return RawTransfer(statement);
        }
    }

    public IEnumerable<(UInt128 PendingId, TransferFlags Flags)> ReadResolutions(uint ledger)
    {
        using var statement = new RawStatement(connection, "SELECT pending_id, flags FROM ledger_transfers WHERE ledger = ?1 AND pending_id IS NOT NULL");
        statement.Bind(1, ledger);
        while (statement.Read())
        {
            yield return (statement.Id(0), (TransferFlags)statement.Int64(1));
        }
    }

    public IEnumerable<(UInt128 PendingId, long Timestamp)> ReadExpiries(uint ledger)
    {
        using var statement = new RawStatement(connection, "SELECT pending_id, ts FROM ledger_expiries WHERE ledger = ?1");
        statement.Bind(1, ledger);
        while (statement.Read())
        {
            yield return (statement.Id(0), statement.Int64(1));
        }
    }

    public Dictionary<UInt128, Transfer> ReadTransfersById(uint ledger, IReadOnlyList<UInt128> ids)
    {
        var found = new Dictionary<UInt128, Transfer>(ids.Count);
        using var command = Command($"SELECT {TransferColumns} FROM ledger_transfers WHERE ledger = $ledger AND id = $id", ledger);
        var idParameter = command.Parameters.Add("$id", SqliteType.Blob);
        foreach (var id in ids)
        {
            idParameter.Value = IdBytes.ToBytes(id);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                found[id] = ReadTransfer(reader);
            }
        }

        return found;
    }

    public long ReadHead(uint ledger, UInt128 accountId)
    {
        // The stored head is exact up to the checkpoint; later transfers are found in the (short) tail after it.
        using var command = Command(
            """
            SELECT MAX(
                COALESCE((SELECT last_ts FROM ledger_accounts WHERE ledger = $ledger AND id = $id), 0),
                COALESCE((SELECT MAX(ts) FROM ledger_transfers WHERE ledger = $ledger
                          AND ts > COALESCE((SELECT ts FROM ledger_checkpoints WHERE ledger = $ledger), 0)
                          AND (debit_account_id = $id OR credit_account_id = $id)), 0))
            """,
            ledger);
        command.Parameters.AddWithValue("$id", IdBytes.ToBytes(accountId));
        return (long)command.ExecuteScalar()!;
    }

    public long ReadPrevious(uint ledger, UInt128 accountId, long timestamp)
    {
        using var command = Command(
            "SELECT CASE WHEN debit_account_id = $id THEN prev_debit_ts ELSE prev_credit_ts END FROM ledger_transfers WHERE ledger = $ledger AND ts = $ts",
            ledger);
        command.Parameters.AddWithValue("$id", IdBytes.ToBytes(accountId));
        command.Parameters.AddWithValue("$ts", timestamp);
        return command.ExecuteScalar() is long previous ? previous : 0;
    }

    public List<Transfer> ReadChain(uint ledger, UInt128 accountId, long start, int limit)
    {
        using var command = Command(
            $"""
            WITH RECURSIVE chain(ts, previous, depth) AS (
                SELECT ts, CASE WHEN debit_account_id = $id THEN prev_debit_ts ELSE prev_credit_ts END, 1
                FROM ledger_transfers WHERE ledger = $ledger AND ts = $start
                UNION ALL
                SELECT t.ts, CASE WHEN t.debit_account_id = $id THEN t.prev_debit_ts ELSE t.prev_credit_ts END, c.depth + 1
                FROM chain c JOIN ledger_transfers t ON t.ledger = $ledger AND t.ts = c.previous
                WHERE c.previous <> 0 AND c.depth < $limit)
            SELECT {TransferColumns} FROM ledger_transfers WHERE ledger = $ledger AND ts IN (SELECT ts FROM chain) ORDER BY ts DESC
            """,
            ledger);
        command.Parameters.AddWithValue("$id", IdBytes.ToBytes(accountId));
        command.Parameters.AddWithValue("$start", start);
        command.Parameters.AddWithValue("$limit", limit);
        return ReadList(command);
    }

    public List<UInt128> ReadExpiredPendings(uint ledger, UInt128 accountId, long maxTimestamp)
    {
        using var command = Command(
            """
            SELECT e.pending_id FROM ledger_expiries e JOIN ledger_transfers t ON t.ledger = e.ledger AND t.id = e.pending_id
            WHERE e.ledger = $ledger AND e.ts <= $max AND (t.debit_account_id = $id OR t.credit_account_id = $id)
            """,
            ledger);
        command.Parameters.AddWithValue("$id", IdBytes.ToBytes(accountId));
        command.Parameters.AddWithValue("$max", maxTimestamp);
        var expired = new List<UInt128>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            expired.Add(Id(reader, 0));
        }

        return expired;
    }

    public void Dispose()
    {
        if (ownsConnection)
        {
            connection.Dispose();
        }
    }

    private static List<Transfer> ReadList(SqliteCommand command)
    {
        var list = new List<Transfer>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(ReadTransfer(reader));
        }

        return list;
    }

    private static Transfer ReadTransfer(SqliteDataReader reader) =>
        new(
            Id(reader, 2),
            Id(reader, 3),
            Id(reader, 4),
            reader.GetInt64(5),
            (uint)reader.GetInt64(0),
            (ushort)reader.GetInt32(8),
            (TransferFlags)reader.GetInt32(9),
            OptionalId(reader, 6),
            (uint)reader.GetInt64(7),
            OptionalId(reader, 10))
        {
            Timestamp = reader.GetInt64(1),
        };

    // GetFieldValue<byte[]> copies the column straight from sqlite3_column_blob; GetBytes goes through a stream and
    // column-metadata lookups, which made loading ~50x slower.
    private static UInt128 Id(SqliteDataReader reader, int ordinal) => IdBytes.FromBytes(reader.GetFieldValue<byte[]>(ordinal));

    private static UInt128 OptionalId(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? UInt128.Zero : Id(reader, ordinal);

    private SqliteCommand Command(string sql, uint ledger)
    {
        var command = connection.CreateCommand();
        command.Transaction = snapshot;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$ledger", (long)ledger);
        return command;
    }

    private sealed class Snapshot(SqliteLedgerReader owner) : IDisposable
    {
        public void Dispose()
        {
            owner.snapshot?.Dispose();
            owner.snapshot = null;
        }
    }
}
