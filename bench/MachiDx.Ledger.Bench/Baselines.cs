using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace MachiDx.Ledger.Bench;

/// <summary>
/// What one would write without the engine, on the same workload (simple transfers only): a naive EF Core version
/// (one SaveChanges and transaction per transfer, balances read with row locks), and batched plain SQL (one
/// transaction per 1,000 transfers, conditional updates, no in-memory state).
/// </summary>
internal sealed class Baselines(bool postgres, string connectionString, Workload workload)
{
    private DbContextOptions<NaiveDbContext> Options => postgres
        ? new DbContextOptionsBuilder<NaiveDbContext>().UseNpgsql(connectionString).Options
        : new DbContextOptionsBuilder<NaiveDbContext>().UseSqlite(connectionString).AddInterceptors(new DurableSqlite()).Options;

    private string Database => postgres ? "PostgreSQL" : "SQLite";

    public async Task SetUpAsync()
    {
        await using var db = new NaiveDbContext(Options);
        await db.Database.EnsureDeletedAsync();
        await db.Database.EnsureCreatedAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        if (!postgres)
        {
            await Execute(connection, "PRAGMA journal_mode=WAL");
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO naive_accounts (id, balance, no_overdraft) VALUES (@id, @balance, @flag)";
        var id = Parameter(insert, "id");
        var balance = Parameter(insert, "balance");
        var flag = Parameter(insert, "flag");
        foreach (var account in workload.Accounts())
        {
            id.Value = Key(LedgerIds.ToGuid(account.Id));
            bool wallet = account.Flags.HasFlag(AccountFlags.DebitsMustNotExceedCredits);
            balance.Value = account.Code == 10 ? 30_000L : 0L;
            flag.Value = wallet;
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public async Task<Measurement> RunNaiveAsync(int clients, TimeSpan duration)
    {
        var options = Options;
        var cpu = Measurement.ProcessCpu();
        long committed = 0;
        var latencies = new List<long>[clients];
        using var stop = new CancellationTokenSource(duration);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c + 17);
            var mine = latencies[c] = [];
            while (!stop.IsCancellationRequested)
            {
                var t = PlainTransfer(random);
                long start = Stopwatch.GetTimestamp();
                if (await TransferAsync(options, t))
                {
                    Interlocked.Increment(ref committed);
                }

                mine.Add(Stopwatch.GetTimestamp() - start);
            }
        })));
        watch.Stop();
        return Measurement.From("naive EF Core (1 transaction per transfer)", Database, committed, watch.Elapsed, [.. latencies.SelectMany(l => l)], $"{clients} clients") with { Cpu = Measurement.ProcessCpu() - cpu };
    }

    public async Task<Measurement> RunBatchedAsync(TimeSpan duration, int batchSize = 1_000)
    {
        long committed = 0;
        var latencies = new List<long>();
        var random = new Random(99);
        var cpu = Measurement.ProcessCpu();
        var watch = Stopwatch.StartNew();
        if (postgres)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            while (watch.Elapsed < duration)
            {
                long start = Stopwatch.GetTimestamp();
                await using var transaction = await connection.BeginTransactionAsync();
                await using var batch = new NpgsqlBatch(connection, transaction);
                for (int i = 0; i < batchSize; i++)
                {
                    var t = PlainTransfer(random);
                    var command = new NpgsqlBatchCommand(
                        """
                        WITH d AS (UPDATE naive_accounts SET balance = balance - @a WHERE id = @d AND (NOT no_overdraft OR balance >= @a) RETURNING id),
                             c AS (UPDATE naive_accounts SET balance = balance + @a WHERE id = @c AND EXISTS (SELECT 1 FROM d) RETURNING id)
                        INSERT INTO naive_transfers (id, debit_id, credit_id, amount, created_at) SELECT @id, @d, @c, @a, @ts WHERE EXISTS (SELECT 1 FROM c)
                        """);
                    command.Parameters.AddWithValue("a", t.Amount);
                    command.Parameters.AddWithValue("d", LedgerIds.ToGuid(t.DebitAccountId));
                    command.Parameters.AddWithValue("c", LedgerIds.ToGuid(t.CreditAccountId));
                    command.Parameters.AddWithValue("id", LedgerIds.ToGuid(t.Id));
                    command.Parameters.AddWithValue("ts", start);
                    batch.BatchCommands.Add(command);
                }

                await using (var reader = await batch.ExecuteReaderAsync())
                {
                    do
                    {
                        while (await reader.ReadAsync())
                        {
                        }
                    }
                    while (await reader.NextResultAsync());
                    for (int i = 0; i < batch.BatchCommands.Count; i++)
                    {
                        committed += batch.BatchCommands[i].RecordsAffected > 0 ? 1 : 0;
                    }
                }

                await transaction.CommitAsync();
                long elapsed = Stopwatch.GetTimestamp() - start;
                latencies.AddRange(Enumerable.Repeat(elapsed, batchSize));
            }
        }
        else
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL");
            await using var debit = connection.CreateCommand();
            debit.CommandText = "UPDATE naive_accounts SET balance = balance - $a WHERE id = $d AND (no_overdraft = 0 OR balance >= $a)";
            await using var credit = connection.CreateCommand();
            credit.CommandText = "UPDATE naive_accounts SET balance = balance + $a WHERE id = $c";
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO naive_transfers (id, debit_id, credit_id, amount, created_at) VALUES ($id, $d, $c, $a, $ts)";
            while (watch.Elapsed < duration)
            {
                long start = Stopwatch.GetTimestamp();
                using var transaction = connection.BeginTransaction();
                debit.Transaction = credit.Transaction = insert.Transaction = transaction;
                for (int i = 0; i < batchSize; i++)
                {
                    var t = PlainTransfer(random);
                    var d = Key(LedgerIds.ToGuid(t.DebitAccountId));
                    var c = Key(LedgerIds.ToGuid(t.CreditAccountId));
                    Set(debit, ("$a", t.Amount), ("$d", d));
                    if (await debit.ExecuteNonQueryAsync() != 1)
                    {
                        continue;
                    }

                    Set(credit, ("$a", t.Amount), ("$c", c));
                    await credit.ExecuteNonQueryAsync();
                    Set(insert, ("$id", Key(LedgerIds.ToGuid(t.Id))), ("$d", d), ("$c", c), ("$a", t.Amount), ("$ts", start));
                    await insert.ExecuteNonQueryAsync();
                    committed++;
                }

                transaction.Commit();
                long elapsed = Stopwatch.GetTimestamp() - start;
                latencies.AddRange(Enumerable.Repeat(elapsed, batchSize));
            }
        }

        watch.Stop();
        return Measurement.From("batched SQL (1 transaction per 1,000)", Database, committed, watch.Elapsed, latencies, "1 writer") with { Cpu = Measurement.ProcessCpu() - cpu };
    }

    private static async Task<bool> TransferAsync(DbContextOptions<NaiveDbContext> options, Transfer t)
    {
        var debitId = LedgerIds.ToGuid(t.DebitAccountId);
        var creditId = LedgerIds.ToGuid(t.CreditAccountId);
        await using var db = new NaiveDbContext(options);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var accounts = db.Database.IsNpgsql()
            ? await db.Accounts.FromSql($"SELECT id, balance, no_overdraft FROM naive_accounts WHERE id IN ({debitId}, {creditId}) ORDER BY id FOR UPDATE").ToListAsync()
            : await db.Accounts.Where(a => a.Id == debitId || a.Id == creditId).ToListAsync();
        var debit = accounts.Single(a => a.Id == debitId);
        var credit = accounts.Single(a => a.Id == creditId);
        if (debit.NoOverdraft && debit.Balance < t.Amount)
        {
            await transaction.RollbackAsync();
            return false;
        }

        debit.Balance -= t.Amount;
        credit.Balance += t.Amount;
        db.Transfers.Add(new NaiveTransfer { Id = LedgerIds.ToGuid(t.Id), DebitId = debitId, CreditId = creditId, Amount = t.Amount, CreatedAt = Stopwatch.GetTimestamp() });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>Guids as EF stores them here: uuid on PostgreSQL, 16-byte blob on SQLite (Microsoft.Data.Sqlite would bind TEXT).</summary>
    private object Key(Guid id) => postgres ? id : id.ToByteArray();

    /// <summary>The first transfer of the workload's next call, as a plain single-phase transfer.</summary>
    private Transfer PlainTransfer(Random random)
    {
        var t = workload.Next(random, null).Call[0];
        return t with { Flags = TransferFlags.None, Amount = Math.Min(t.Amount, 5_000) };
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static void Set(SqliteCommand command, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value);
            }
        }
    }

    private static async Task Execute(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Same durability as the engine: WAL with synchronous=FULL on every connection EF opens.</summary>
    private sealed class DurableSqlite : DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await Execute(connection, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000");
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000";
            command.ExecuteNonQuery();
        }
    }
}
