using Npgsql;

namespace MachiDx.Ledger.Storage;

internal sealed class PostgresLedgerReader(NpgsqlConnection connection, bool ownsConnection) : ILedgerReader
{
    private const string TransferColumns = "ledger, ts, id, debit_account_id, credit_account_id, amount, pending_id, timeout_seconds, code, flags, reference";
    private NpgsqlTransaction? snapshot;

    public IDisposable BeginSnapshot()
    {
        snapshot = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        return new Snapshot(this);
    }

    public long ReadCheckpoint(uint ledger)
    {
        using var command = Command("SELECT ts FROM ledger.checkpoints WHERE ledger = @ledger", ledger);
        return command.ExecuteScalar() is long ts ? ts : 0;
    }

    public IEnumerable<(Account Account, AccountBalance Balance, long LastTimestamp)> ReadAccounts(uint ledger)
    {
        using var command = Command(
            "SELECT id, code, flags, reference, ts, debits_pending, debits_posted, credits_pending, credits_posted, last_ts FROM ledger.accounts WHERE ledger = @ledger",
            ledger);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var account = new Account(Id(reader, 0), ledger, (ushort)reader.GetInt32(1), (AccountFlags)reader.GetInt32(2), OptionalId(reader, 3))
            {
                Timestamp = reader.GetInt64(4),
            };
            yield return (account, new AccountBalance(reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8)), reader.GetInt64(9));
        }
    }

    public Account? ReadAccount(uint ledger, UInt128 accountId)
    {
        using var command = Command("SELECT code, flags, reference, ts FROM ledger.accounts WHERE ledger = @ledger AND id = @id", ledger);
        command.Parameters.AddWithValue("id", IdBytes.ToGuid(accountId));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new Account(accountId, ledger, (ushort)reader.GetInt32(0), (AccountFlags)reader.GetInt32(1), OptionalId(reader, 2)) { Timestamp = reader.GetInt64(3) };
    }

    public IEnumerable<UInt128> ReadTransferIds(uint ledger, long maxTimestamp)
    {
        string sql = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"COPY (SELECT id FROM ledger.transfers WHERE ledger = {(long)ledger} AND ts <= {maxTimestamp}) TO STDOUT (FORMAT BINARY)");
        using var export = connection.BeginBinaryExport(sql);
        while (export.StartRow() != -1)
        {
            yield return IdBytes.FromGuid(export.Read<Guid>(NpgsqlTypes.NpgsqlDbType.Uuid));
        }
    }

    /// <summary>The full scan of start-up and invariant checks, through binary COPY (much faster than row-by-row results).</summary>
    public IEnumerable<Transfer> ReadReplay(uint ledger, long afterTimestamp)
    {
        string sql = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"COPY (SELECT id, debit_account_id, credit_account_id, amount, flags, pending_id, ts FROM ledger.transfers WHERE ledger = {(long)ledger} AND ts > {afterTimestamp}) TO STDOUT (FORMAT BINARY)");
        using var export = connection.BeginBinaryExport(sql);
        while (export.StartRow() != -1)
        {
            var id = IdBytes.FromGuid(export.Read<Guid>(NpgsqlTypes.NpgsqlDbType.Uuid));
            var debit = IdBytes.FromGuid(export.Read<Guid>(NpgsqlTypes.NpgsqlDbType.Uuid));
            var credit = IdBytes.FromGuid(export.Read<Guid>(NpgsqlTypes.NpgsqlDbType.Uuid));
            long amount = export.Read<long>(NpgsqlTypes.NpgsqlDbType.Bigint);
            int flags = export.Read<int>(NpgsqlTypes.NpgsqlDbType.Integer);
            var pendingId = export.IsNull ? Skip(export) : IdBytes.FromGuid(export.Read<Guid>(NpgsqlTypes.NpgsqlDbType.Uuid));
            long ts = export.Read<long>(NpgsqlTypes.NpgsqlDbType.Bigint);
            yield return new Transfer(id, debit, credit, amount, ledger, 0, (TransferFlags)flags, pendingId) { Timestamp = ts };
        }
    }

    private static UInt128 Skip(NpgsqlBinaryExporter export)
    {
        export.Skip();
        return UInt128.Zero;
    }

    public IEnumerable<Transfer> ReadPendingTransfers(uint ledger)
    {
        using var command = Command($"SELECT {TransferColumns} FROM ledger.transfers WHERE ledger = @ledger AND (flags & 2) <> 0", ledger);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadTransfer(reader);
        }
    }

    public IEnumerable<(UInt128 PendingId, TransferFlags Flags)> ReadResolutions(uint ledger)
    {
        using var command = Command("SELECT pending_id, flags FROM ledger.transfers WHERE ledger = @ledger AND pending_id IS NOT NULL", ledger);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (Id(reader, 0), (TransferFlags)reader.GetInt32(1));
        }
    }

    public IEnumerable<(UInt128 PendingId, long Timestamp)> ReadExpiries(uint ledger)
    {
        using var command = Command("SELECT pending_id, ts FROM ledger.expiries WHERE ledger = @ledger", ledger);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (Id(reader, 0), reader.GetInt64(1));
        }
    }

    public Dictionary<UInt128, Transfer> ReadTransfersById(uint ledger, IReadOnlyList<UInt128> ids)
    {
        var found = new Dictionary<UInt128, Transfer>(ids.Count);
        using var command = Command($"SELECT {TransferColumns} FROM ledger.transfers WHERE ledger = @ledger AND id = ANY(@ids)", ledger);
        command.Parameters.AddWithValue("ids", ids.Select(IdBytes.ToGuid).ToArray());
        foreach (var transfer in ReadList(command))
        {
            found[transfer.Id] = transfer;
        }

        return found;
    }

    public long ReadHead(uint ledger, UInt128 accountId)
    {
        // The stored head is exact up to the checkpoint; later transfers are found in the (short) tail after it.
        using var command = Command(
            """
            SELECT GREATEST(
                COALESCE((SELECT last_ts FROM ledger.accounts WHERE ledger = @ledger AND id = @id), 0),
                COALESCE((SELECT MAX(ts) FROM ledger.transfers WHERE ledger = @ledger
                          AND ts > COALESCE((SELECT ts FROM ledger.checkpoints WHERE ledger = @ledger), 0)
                          AND (debit_account_id = @id OR credit_account_id = @id)), 0))
            """,
            ledger);
        command.Parameters.AddWithValue("id", IdBytes.ToGuid(accountId));
        return (long)command.ExecuteScalar()!;
    }

    public long ReadPrevious(uint ledger, UInt128 accountId, long timestamp)
    {
        using var command = Command(
            "SELECT CASE WHEN debit_account_id = @id THEN prev_debit_ts ELSE prev_credit_ts END FROM ledger.transfers WHERE ledger = @ledger AND ts = @ts",
            ledger);
        command.Parameters.AddWithValue("id", IdBytes.ToGuid(accountId));
        command.Parameters.AddWithValue("ts", timestamp);
        return command.ExecuteScalar() is long previous ? previous : 0;
    }

    public List<Transfer> ReadChain(uint ledger, UInt128 accountId, long start, int limit)
    {
        using var command = Command(
            $"""
            WITH RECURSIVE chain(ts, previous, depth) AS (
                SELECT ts, CASE WHEN debit_account_id = @id THEN prev_debit_ts ELSE prev_credit_ts END, 1
                FROM ledger.transfers WHERE ledger = @ledger AND ts = @start
                UNION ALL
                SELECT t.ts, CASE WHEN t.debit_account_id = @id THEN t.prev_debit_ts ELSE t.prev_credit_ts END, c.depth + 1
                FROM chain c JOIN ledger.transfers t ON t.ledger = @ledger AND t.ts = c.previous
                WHERE c.previous <> 0 AND c.depth < @limit)
            SELECT {TransferColumns} FROM ledger.transfers WHERE ledger = @ledger AND ts IN (SELECT ts FROM chain) ORDER BY ts DESC
            """,
            ledger);
        command.Parameters.AddWithValue("id", IdBytes.ToGuid(accountId));
        command.Parameters.AddWithValue("start", start);
        command.Parameters.AddWithValue("limit", limit);
        return ReadList(command);
    }

    public List<UInt128> ReadExpiredPendings(uint ledger, UInt128 accountId, long maxTimestamp)
    {
        using var command = Command(
            """
            SELECT e.pending_id FROM ledger.expiries e JOIN ledger.transfers t ON t.ledger = e.ledger AND t.id = e.pending_id
            WHERE e.ledger = @ledger AND e.ts <= @max AND (t.debit_account_id = @id OR t.credit_account_id = @id)
            """,
            ledger);
        command.Parameters.AddWithValue("id", IdBytes.ToGuid(accountId));
        command.Parameters.AddWithValue("max", maxTimestamp);
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

    private static List<Transfer> ReadList(NpgsqlCommand command)
    {
        var list = new List<Transfer>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(ReadTransfer(reader));
        }

        return list;
    }

    private static Transfer ReadTransfer(NpgsqlDataReader reader) =>
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

    private static UInt128 Id(NpgsqlDataReader reader, int ordinal) => IdBytes.FromGuid(reader.GetGuid(ordinal));

    private static UInt128 OptionalId(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? UInt128.Zero : Id(reader, ordinal);

    private NpgsqlCommand Command(string sql, uint ledger)
    {
        var command = new NpgsqlCommand(sql, connection, snapshot);
        command.Parameters.AddWithValue("ledger", (long)ledger);
        return command;
    }

    private sealed class Snapshot(PostgresLedgerReader owner) : IDisposable
    {
        public void Dispose()
        {
            owner.snapshot?.Dispose();
            owner.snapshot = null;
        }
    }
}
