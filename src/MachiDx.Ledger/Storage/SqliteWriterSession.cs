using MachiDx.Ledger.Engine;
using Microsoft.Data.Sqlite;

namespace MachiDx.Ledger.Storage;

/// <summary>The writer's SQLite connection with prepared statements reused across batches.</summary>
internal sealed class SqliteWriterSession : ILedgerWriterSession
{
    private readonly SqliteConnection connection;
    private readonly uint ledger;
    private readonly FileStream? lockFile;
    private readonly SqliteCommand insertTransfer;
    private readonly SqliteParameter[] transferParameters;
    private readonly byte[][] idBuffers = [new byte[16], new byte[16], new byte[16], new byte[16], new byte[16]];

    public SqliteWriterSession(SqliteConnection connection, uint ledger, FileStream? lockFile)
    {
        this.connection = connection;
        this.ledger = ledger;
        this.lockFile = lockFile;
        Reader = new SqliteLedgerReader(connection, ownsConnection: false);
        insertTransfer = connection.CreateCommand();
        insertTransfer.CommandText = """
            INSERT INTO ledger_transfers (ledger, ts, id, debit_account_id, credit_account_id, amount, pending_id, timeout_seconds, code, flags, reference)
            VALUES ($ledger, $ts, $id, $debit, $credit, $amount, $pending, $timeout, $code, $flags, $reference)
            """;
        transferParameters =
        [
            insertTransfer.Parameters.Add("$ledger", SqliteType.Integer),
            insertTransfer.Parameters.Add("$ts", SqliteType.Integer),
            insertTransfer.Parameters.Add("$id", SqliteType.Blob),
            insertTransfer.Parameters.Add("$debit", SqliteType.Blob),
            insertTransfer.Parameters.Add("$credit", SqliteType.Blob),
            insertTransfer.Parameters.Add("$amount", SqliteType.Integer),
            insertTransfer.Parameters.Add("$pending", SqliteType.Blob),
            insertTransfer.Parameters.Add("$timeout", SqliteType.Integer),
            insertTransfer.Parameters.Add("$code", SqliteType.Integer),
            insertTransfer.Parameters.Add("$flags", SqliteType.Integer),
            insertTransfer.Parameters.Add("$reference", SqliteType.Blob),
        ];
        transferParameters[0].Value = (long)ledger;
    }

    public ILedgerReader Reader { get; }

    public void Commit(WriteBatch batch)
    {
        using var transaction = connection.BeginTransaction();
        if (batch.NewAccounts.Count > 0)
        {
            InsertAccounts(batch, transaction);
        }

        insertTransfer.Transaction = transaction;
        foreach (var transfer in batch.Transfers)
        {
            InsertTransfer(transfer);
        }

        if (batch.Expiries.Count > 0)
        {
            InsertExpiries(batch, transaction);
        }

        if (batch.CheckpointBalances is not null)
        {
            WriteCheckpoint(batch, transaction);
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        insertTransfer.Dispose();
        Reader.Dispose();
        connection.Dispose();
        lockFile?.Dispose();
    }

    private void InsertTransfer(in Transfer t)
    {
        var p = transferParameters;
        p[1].Value = t.Timestamp;
        p[2].Value = Id(0, t.Id);
        p[3].Value = Id(1, t.DebitAccountId);
        p[4].Value = Id(2, t.CreditAccountId);
        p[5].Value = t.Amount;
        p[6].Value = t.PendingId == UInt128.Zero ? DBNull.Value : Id(3, t.PendingId);
        p[7].Value = (long)t.TimeoutSeconds;
        p[8].Value = (long)t.Code;
        p[9].Value = (long)t.Flags;
        p[10].Value = t.Reference == UInt128.Zero ? DBNull.Value : Id(4, t.Reference);
        insertTransfer.ExecuteNonQuery();
    }

    // The provider copies blob values when it binds them, so one buffer per column can be reused row after row.
    private byte[] Id(int column, UInt128 id)
    {
        IdBytes.Write(id, idBuffers[column]);
        return idBuffers[column];
    }

    private void InsertAccounts(WriteBatch batch, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO ledger_accounts (ledger, id, code, flags, reference, ts, debits_pending, debits_posted, credits_pending, credits_posted)
            VALUES ($ledger, $id, $code, $flags, $reference, $ts, 0, 0, 0, 0)
            """;
        command.Parameters.AddWithValue("$ledger", (long)ledger);
        var id = command.Parameters.Add("$id", SqliteType.Blob);
        var code = command.Parameters.Add("$code", SqliteType.Integer);
        var flags = command.Parameters.Add("$flags", SqliteType.Integer);
        var reference = command.Parameters.Add("$reference", SqliteType.Blob);
        var ts = command.Parameters.Add("$ts", SqliteType.Integer);
        foreach (var account in batch.NewAccounts)
        {
            id.Value = Id(0, account.Id);
            code.Value = (long)account.Code;
            flags.Value = (long)account.Flags;
            reference.Value = account.Reference == UInt128.Zero ? DBNull.Value : Id(1, account.Reference);
            ts.Value = account.Timestamp;
            command.ExecuteNonQuery();
        }
    }

    private void InsertExpiries(WriteBatch batch, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO ledger_expiries (ledger, pending_id, ts) VALUES ($ledger, $id, $ts)";
        command.Parameters.AddWithValue("$ledger", (long)ledger);
        var id = command.Parameters.Add("$id", SqliteType.Blob);
        var ts = command.Parameters.Add("$ts", SqliteType.Integer);
        foreach (var (pendingId, timestamp) in batch.Expiries)
        {
            id.Value = Id(0, pendingId);
            ts.Value = timestamp;
            command.ExecuteNonQuery();
        }
    }

    private void WriteCheckpoint(WriteBatch batch, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE ledger_accounts SET debits_pending = $dp, debits_posted = $dpo, credits_pending = $cp, credits_posted = $cpo
            WHERE ledger = $ledger AND id = $id
            """;
        command.Parameters.AddWithValue("$ledger", (long)ledger);
        var id = command.Parameters.Add("$id", SqliteType.Blob);
        var dp = command.Parameters.Add("$dp", SqliteType.Integer);
        var dpo = command.Parameters.Add("$dpo", SqliteType.Integer);
        var cp = command.Parameters.Add("$cp", SqliteType.Integer);
        var cpo = command.Parameters.Add("$cpo", SqliteType.Integer);
        foreach (var (accountId, balance) in batch.CheckpointBalances!)
        {
            id.Value = Id(0, accountId);
            dp.Value = balance.DebitsPending;
            dpo.Value = balance.DebitsPosted;
            cp.Value = balance.CreditsPending;
            cpo.Value = balance.CreditsPosted;
            command.ExecuteNonQuery();
        }

        using var checkpoint = connection.CreateCommand();
        checkpoint.Transaction = transaction;
        checkpoint.CommandText = "INSERT INTO ledger_checkpoints (ledger, ts) VALUES ($ledger, $ts) ON CONFLICT (ledger) DO UPDATE SET ts = excluded.ts";
        checkpoint.Parameters.AddWithValue("$ledger", (long)ledger);
        checkpoint.Parameters.AddWithValue("$ts", batch.CheckpointTimestamp);
        checkpoint.ExecuteNonQuery();
    }
}
