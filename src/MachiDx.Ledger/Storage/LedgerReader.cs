using System.Data.Common;

namespace MachiDx.Ledger.Storage;

/// <summary>The ledger's reads on either database; what differs between them is the <see cref="LedgerSqlDialect"/>.</summary>
internal sealed class LedgerReader(LedgerSqlDialect dialect, DbConnection connection, bool ownsConnection) : ILedgerReader
{
    private readonly LedgerStatements sql = dialect.Statements;
    private DbTransaction? snapshot;

    public IDisposable BeginSnapshot()
    {
        snapshot = dialect.BeginSnapshot(connection);
        return new Snapshot(this);
    }

    public long ReadCheckpoint(uint ledger)
    {
        using var command = Command(sql.Checkpoint, ledger);
        return command.ExecuteScalar() is long ts ? ts : 0;
    }

    public IEnumerable<(Account Account, AccountBalance Balance, long LastTimestamp)> ReadAccounts(uint ledger)
    {
        using var row = dialect.Scan(connection, sql.ScanAccounts, ledger);
        while (row.Read())
        {
            // Arguments and then initialisers are evaluated left to right: the columns' select order.
            var account = new Account(row.Id(), ledger, (ushort)row.Int32(), (AccountFlags)row.Int32(), row.Id()) { Timestamp = row.Int64() };
            var balance = new AccountBalance(row.Int64(), row.Int64(), row.Int64(), row.Int64());
            yield return (account, balance, row.Int64());
        }
    }

    public Account? ReadAccount(uint ledger, UInt128 accountId)
    {
        using var command = Command(sql.Account, ledger);
        Add(command, "@id", dialect.IdValue(accountId));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new Account(accountId, ledger, (ushort)reader.GetInt32(0), (AccountFlags)reader.GetInt32(1), dialect.OptionalId(reader, 2))
        {
            Timestamp = reader.GetInt64(3),
        };
    }

    public IEnumerable<UInt128> ReadTransferIds(uint ledger, long maxTimestamp)
    {
        using var row = dialect.Scan(connection, sql.ScanTransferIds, ledger, maxTimestamp);
        while (row.Read())
        {
            yield return row.Id();
        }
    }

    public IEnumerable<Transfer> ReadReplay(uint ledger, long afterTimestamp)
    {
        using var row = dialect.Scan(connection, sql.ScanReplay, ledger, afterTimestamp);
        while (row.Read())
        {
            // Arguments and then the initialiser are evaluated left to right: the columns' select order.
            yield return new Transfer(row.Id(), row.Id(), row.Id(), row.Int64(), ledger, 0, (TransferFlags)row.Int32(), row.Id()) { Timestamp = row.Int64() };
        }
    }

    public IEnumerable<Transfer> ReadPendingTransfers(uint ledger)
    {
        using var row = dialect.Scan(connection, sql.ScanPendings, ledger);
        while (row.Read())
        {
            // Columns in select order: ledger, ts, id, debit, credit, amount, pending id, timeout, code, flags, reference.
            uint rowLedger = (uint)row.Int64();
            long ts = row.Int64();
            UInt128 id = row.Id(), debit = row.Id(), credit = row.Id();
            long amount = row.Int64();
            UInt128 pendingId = row.Id();
            uint timeout = (uint)row.Int64();
            ushort code = (ushort)row.Int32();
            var flags = (TransferFlags)row.Int32();
            yield return new Transfer(id, debit, credit, amount, rowLedger, code, flags, pendingId, timeout, row.Id()) { Timestamp = ts };
        }
    }

    public IEnumerable<(UInt128 PendingId, TransferFlags Flags)> ReadResolutions(uint ledger)
    {
        using var row = dialect.Scan(connection, sql.ScanResolutions, ledger);
        while (row.Read())
        {
            yield return (row.Id(), (TransferFlags)row.Int32());
        }
    }

    public IEnumerable<(UInt128 PendingId, long Timestamp)> ReadExpiries(uint ledger)
    {
        using var row = dialect.Scan(connection, sql.ScanExpiries, ledger);
        while (row.Read())
        {
            yield return (row.Id(), row.Int64());
        }
    }

    public Dictionary<UInt128, Transfer> ReadTransfersById(uint ledger, IReadOnlyList<UInt128> ids)
    {
        var found = new Dictionary<UInt128, Transfer>(ids.Count);
        using var command = Command(sql.TransfersById, ledger);
        if (dialect.IdArray(ids) is { } array)
        {
            // One query for the whole batch of ids (PostgreSQL).
            Add(command, "@ids", array);
            ReadInto(command, found);
            return found;
        }

        // No arrays (SQLite): one primary-key lookup per id, on one command.
        var id = Add(command, "@id", null);
        foreach (var each in ids)
        {
            id.Value = dialect.IdValue(each);
            ReadInto(command, found);
        }

        return found;
    }

    public long ReadHead(uint ledger, UInt128 accountId)
    {
        using var command = Command(sql.Head, ledger);
        Add(command, "@id", dialect.IdValue(accountId));
        return (long)command.ExecuteScalar()!;
    }

    public long ReadPrevious(uint ledger, UInt128 accountId, long timestamp)
    {
        using var command = Command(sql.Previous, ledger);
        Add(command, "@id", dialect.IdValue(accountId));
        Add(command, "@ts", timestamp);
        return command.ExecuteScalar() is long previous ? previous : 0;
    }

    public List<Transfer> ReadChain(uint ledger, UInt128 accountId, long start, int limit)
    {
        using var command = Command(sql.Chain, ledger);
        Add(command, "@id", dialect.IdValue(accountId));
        Add(command, "@start", start);
        Add(command, "@limit", limit);
        var list = new List<Transfer>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(ReadTransfer(reader));
        }

        return list;
    }

    public List<UInt128> ReadExpiredPendings(uint ledger, UInt128 accountId, long maxTimestamp)
    {
        using var command = Command(sql.ExpiredPendings, ledger);
        Add(command, "@id", dialect.IdValue(accountId));
        Add(command, "@max", maxTimestamp);
        var expired = new List<UInt128>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            expired.Add(dialect.Id(reader, 0));
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

    private static DbParameter Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private void ReadInto(DbCommand command, Dictionary<UInt128, Transfer> found)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var transfer = ReadTransfer(reader);
            found[transfer.Id] = transfer;
        }
    }

    /// <summary>A row of <see cref="LedgerStatements.TransfersById"/> or <see cref="LedgerStatements.Chain"/>.</summary>
    private Transfer ReadTransfer(DbDataReader reader) =>
        new(
            dialect.Id(reader, 2),
            dialect.Id(reader, 3),
            dialect.Id(reader, 4),
            reader.GetInt64(5),
            (uint)reader.GetInt64(0),
            (ushort)reader.GetInt32(8),
            (TransferFlags)reader.GetInt32(9),
            dialect.OptionalId(reader, 6),
            (uint)reader.GetInt64(7),
            dialect.OptionalId(reader, 10))
        {
            Timestamp = reader.GetInt64(1),
        };

    private DbCommand Command(string text, uint ledger)
    {
        var command = connection.CreateCommand();
        command.Transaction = snapshot;
        command.CommandText = text;
        Add(command, "@ledger", (long)ledger);
        return command;
    }

    private sealed class Snapshot(LedgerReader owner) : IDisposable
    {
        public void Dispose()
        {
            owner.snapshot?.Dispose();
            owner.snapshot = null;
        }
    }
}
