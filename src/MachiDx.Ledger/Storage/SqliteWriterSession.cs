using MachiDx.Ledger.Engine;
using Microsoft.Data.Sqlite;

namespace MachiDx.Ledger.Storage;

/// <summary>The writer's SQLite connection with prepared statements reused across batches.</summary>
internal sealed class SqliteWriterSession : ILedgerWriterSession
{
    private readonly SqliteConnection connection;
    private readonly uint ledger;
    private readonly FileStream? lockFile;
    private readonly byte[][] idBuffers = [new byte[16], new byte[16]];
    private readonly RawStatement insertTransfer;
    private readonly RawStatement updateBalance;

    public SqliteWriterSession(SqliteConnection connection, uint ledger, FileStream? lockFile)
    {
        this.connection = connection;
        this.ledger = ledger;
        this.lockFile = lockFile;
        Reader = new LedgerReader(SqliteLedgerDialect.Instance, connection, ownsConnection: false);
        insertTransfer = new RawStatement(connection, """
            INSERT INTO ledger_transfers (ledger, ts, id, debit_account_id, credit_account_id, amount, pending_id, timeout_seconds, code, flags, reference, prev_debit_ts, prev_credit_ts)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
            """);
        updateBalance = new RawStatement(connection, """
            UPDATE ledger_accounts SET debits_pending = ?3, debits_posted = ?4, credits_pending = ?5, credits_posted = ?6, last_ts = ?7
            WHERE ledger = ?1 AND id = ?2
            """);
    }

    public ILedgerReader Reader { get; }

    public void Commit(WriteBatch batch)
    {
        using var transaction = connection.BeginTransaction();
        if (batch.NewAccounts.Count > 0)
        {
            InsertAccounts(batch, transaction);
        }

        for (int i = 0; i < batch.Transfers.Count; i++)
        {
            var t = batch.Transfers[i];
            var s = insertTransfer;
            s.Bind(1, ledger);
            s.Bind(2, t.Timestamp);
            s.BindId(3, t.Id);
            s.BindId(4, t.DebitAccountId);
            s.BindId(5, t.CreditAccountId);
            s.Bind(6, t.Amount);
            s.BindOptionalId(7, t.PendingId);
            s.Bind(8, t.TimeoutSeconds);
            s.Bind(9, t.Code);
            s.Bind(10, (long)t.Flags);
            s.BindOptionalId(11, t.Reference);
            s.Bind(12, batch.Links[i].PrevDebit);
            s.Bind(13, batch.Links[i].PrevCredit);
            s.Execute();
        }

        if (batch.Expiries.Count > 0)
        {
            InsertExpiries(batch, transaction);
        }

        if (batch.CheckpointBalances is { Count: > 0 } || batch.CheckpointTimestamp > 0)
        {
            WriteCheckpoint(batch, transaction);
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        insertTransfer.Dispose();
        updateBalance.Dispose();
        Reader.Dispose();
        connection.Dispose();
        lockFile?.Dispose();
    }

    private byte[] Id(int column, UInt128 id)
    {
        IdBytes.Write(id, idBuffers[column]);
        return idBuffers[column];
    }

    private void InsertAccounts(WriteBatch batch, SqliteTransaction transaction)
    {
        _ = transaction; // the raw statement runs on the same connection, inside the open transaction
        using var insert = new RawStatement(connection, """
            INSERT INTO ledger_accounts (ledger, id, code, flags, reference, ts, debits_pending, debits_posted, credits_pending, credits_posted, last_ts)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, 0, 0, 0)
            """);
        foreach (var account in batch.NewAccounts)
        {
            insert.Bind(1, ledger);
            insert.BindId(2, account.Id);
            insert.Bind(3, account.Code);
            insert.Bind(4, (long)account.Flags);
            insert.BindOptionalId(5, account.Reference);
            insert.Bind(6, account.Timestamp);
            insert.Execute();
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
        foreach (var (accountId, balance, last) in batch.CheckpointBalances!)
        {
            var s = updateBalance;
            s.Bind(1, ledger);
            s.BindId(2, accountId);
            s.Bind(3, balance.DebitsPending);
            s.Bind(4, balance.DebitsPosted);
            s.Bind(5, balance.CreditsPending);
            s.Bind(6, balance.CreditsPosted);
            s.Bind(7, last);
            s.Execute();
        }

        if (batch.CheckpointTimestamp == 0)
        {
            return; // the pass goes on: the checkpoint moves when it ends
        }

        using var checkpoint = connection.CreateCommand();
        checkpoint.Transaction = transaction;
        checkpoint.CommandText = "INSERT INTO ledger_checkpoints (ledger, ts) VALUES ($ledger, $ts) ON CONFLICT (ledger) DO UPDATE SET ts = excluded.ts";
        checkpoint.Parameters.AddWithValue("$ledger", (long)ledger);
        checkpoint.Parameters.AddWithValue("$ts", batch.CheckpointTimestamp);
        checkpoint.ExecuteNonQuery();
    }
}
