using MachiDx.Ledger.Engine;
using Npgsql;
using NpgsqlTypes;

namespace MachiDx.Ledger.Storage;

/// <summary>The writer's PostgreSQL connection (holding the ledger's advisory lock); batches go in by binary COPY.</summary>
internal sealed class PostgresWriterSession(NpgsqlConnection connection, uint ledger) : ILedgerWriterSession
{
    public ILedgerReader Reader { get; } = new LedgerReader(PostgresLedgerDialect.Instance, connection, ownsConnection: false);

    public void Commit(WriteBatch batch)
    {
        using var transaction = connection.BeginTransaction();
        if (batch.NewAccounts.Count > 0)
        {
            using var importer = connection.BeginBinaryImport(
                "COPY ledger.accounts (ledger, id, code, flags, reference, ts, debits_pending, debits_posted, credits_pending, credits_posted, last_ts) FROM STDIN (FORMAT BINARY)");
            foreach (var account in batch.NewAccounts)
            {
                importer.StartRow();
                importer.Write((long)ledger, NpgsqlDbType.Bigint);
                importer.Write(IdBytes.ToGuid(account.Id), NpgsqlDbType.Uuid);
                importer.Write((int)account.Code, NpgsqlDbType.Integer);
                importer.Write((int)account.Flags, NpgsqlDbType.Integer);
                WriteOptional(importer, account.Reference);
                importer.Write(account.Timestamp, NpgsqlDbType.Bigint);
                for (int i = 0; i < 5; i++)
                {
                    importer.Write(0L, NpgsqlDbType.Bigint);
                }
            }

            importer.Complete();
        }

        if (batch.Transfers.Count > 0)
        {
            using var importer = connection.BeginBinaryImport(
                "COPY ledger.transfers (ledger, ts, id, debit_account_id, credit_account_id, amount, pending_id, timeout_seconds, code, flags, reference, prev_debit_ts, prev_credit_ts) FROM STDIN (FORMAT BINARY)");
            for (int i = 0; i < batch.Transfers.Count; i++)
            {
                var t = batch.Transfers[i];
                importer.StartRow();
                importer.Write((long)ledger, NpgsqlDbType.Bigint);
                importer.Write(t.Timestamp, NpgsqlDbType.Bigint);
                importer.Write(IdBytes.ToGuid(t.Id), NpgsqlDbType.Uuid);
                importer.Write(IdBytes.ToGuid(t.DebitAccountId), NpgsqlDbType.Uuid);
                importer.Write(IdBytes.ToGuid(t.CreditAccountId), NpgsqlDbType.Uuid);
                importer.Write(t.Amount, NpgsqlDbType.Bigint);
                WriteOptional(importer, t.PendingId);
                importer.Write((long)t.TimeoutSeconds, NpgsqlDbType.Bigint);
                importer.Write((int)t.Code, NpgsqlDbType.Integer);
                importer.Write((int)t.Flags, NpgsqlDbType.Integer);
                WriteOptional(importer, t.Reference);
                importer.Write(batch.Links[i].PrevDebit, NpgsqlDbType.Bigint);
                importer.Write(batch.Links[i].PrevCredit, NpgsqlDbType.Bigint);
            }

            importer.Complete();
        }

        if (batch.Expiries.Count > 0)
        {
            using var importer = connection.BeginBinaryImport("COPY ledger.expiries (ledger, pending_id, ts) FROM STDIN (FORMAT BINARY)");
            foreach (var (pendingId, timestamp) in batch.Expiries)
            {
                importer.StartRow();
                importer.Write((long)ledger, NpgsqlDbType.Bigint);
                importer.Write(IdBytes.ToGuid(pendingId), NpgsqlDbType.Uuid);
                importer.Write(timestamp, NpgsqlDbType.Bigint);
            }

            importer.Complete();
        }

        if (batch.CheckpointBalances is { Count: > 0 } balances)
        {
            using var update = new NpgsqlCommand(
                """
                UPDATE ledger.accounts a SET debits_pending = u.dp, debits_posted = u.dpo, credits_pending = u.cp, credits_posted = u.cpo, last_ts = u.last
                FROM unnest(@ids, @dp, @dpo, @cp, @cpo, @last) AS u(id, dp, dpo, cp, cpo, last)
                WHERE a.ledger = @ledger AND a.id = u.id
                """,
                connection,
                transaction);
            update.Parameters.AddWithValue("ledger", (long)ledger);
            update.Parameters.AddWithValue("ids", balances.Select(b => IdBytes.ToGuid(b.Id)).ToArray());
            update.Parameters.AddWithValue("dp", balances.Select(b => b.Balance.DebitsPending).ToArray());
            update.Parameters.AddWithValue("dpo", balances.Select(b => b.Balance.DebitsPosted).ToArray());
            update.Parameters.AddWithValue("cp", balances.Select(b => b.Balance.CreditsPending).ToArray());
            update.Parameters.AddWithValue("cpo", balances.Select(b => b.Balance.CreditsPosted).ToArray());
            update.Parameters.AddWithValue("last", balances.Select(b => b.Last).ToArray());
            update.ExecuteNonQuery();
        }

        if (batch.CheckpointTimestamp > 0)
        {
            using var checkpoint = new NpgsqlCommand(
                "INSERT INTO ledger.checkpoints (ledger, ts) VALUES (@ledger, @ts) ON CONFLICT (ledger) DO UPDATE SET ts = excluded.ts",
                connection,
                transaction);
            checkpoint.Parameters.AddWithValue("ledger", (long)ledger);
            checkpoint.Parameters.AddWithValue("ts", batch.CheckpointTimestamp);
            checkpoint.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        Reader.Dispose();
        connection.Dispose(); // Unpooled: closing ends the session and releases the advisory lock.
    }

    private static void WriteOptional(NpgsqlBinaryImporter importer, UInt128 id)
    {
        if (id == UInt128.Zero)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(IdBytes.ToGuid(id), NpgsqlDbType.Uuid);
        }
    }
}
