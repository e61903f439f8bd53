using System.Globalization;
using System.Text;
using MachiDx.Ledger.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace MachiDx.Ledger.Tests.Simulation;

public enum SimulationStore
{
    SqliteMemory,
    SqliteFile,
    Postgres,
}

/// <summary>
/// One seeded run: a random workload (payments, two-phase, balancing, linked chains, retries, duplicates, invalid
/// transfers, timeouts, writer crashes before/after commit, restarts) against the engine and the reference model.
/// Everything random comes from the seed, so a failure is reproduced with LEDGER_SIM_SEED.
/// </summary>
internal sealed class LedgerSimulation
{
    private static int nextLedger = 500_000;
    private readonly int seed;
    private readonly Random rng;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly ReferenceLedger model = new();
    private readonly List<Transfer> submitted = [];
    private readonly List<Transfer> pendings = [];
    private readonly StringBuilder log = new();
    private readonly uint ledger;
    private ulong nextId = 1;
    private UInt128 source, budget, merchant;
    private UInt128[] wallets = [];
    private (bool Armed, bool AfterCommit) crash;
    private readonly List<(long Timestamp, Dictionary<UInt128, AccountBalance> Balances)> snapshots = [];

    private LedgerSimulation(int seed)
    {
        this.seed = seed;
        rng = new Random(seed);
        ledger = (uint)Interlocked.Increment(ref nextLedger);
    }

    public static Task RunAsync(int seed, SimulationStore store, PostgresDatabase? postgres) => new LedgerSimulation(seed).RunAsync(store, postgres);

    private long Now => (time.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100;

    private async Task RunAsync(SimulationStore store, PostgresDatabase? postgres)
    {
        using var directory = store == SimulationStore.SqliteFile ? new TempDirectory() : null;
        string connectionString = store switch
        {
            SimulationStore.SqliteMemory => $"Data Source=sim-{Guid.NewGuid():N};Mode=Memory;Cache=Shared;Pooling=False",
            SimulationStore.SqliteFile => directory!.SqliteConnectionString(),
            _ => postgres!.ConnectionString,
        };
        using var keeper = store == SimulationStore.SqliteMemory ? new SqliteConnection(connectionString) : null;
        keeper?.Open(); // an in-memory database lives as long as one connection to it

        // 1 s and 5 s are incremental passes; with the simulated clock moving 0-2 s per group, a 5 s pass spans several
        // groups (and restarts), so rows stored at different times must still add up.
        var checkpoint = rng.Next(4) switch { 0 => TimeSpan.Zero, 1 => Timeout.InfiniteTimeSpan, 2 => TimeSpan.FromSeconds(1), _ => TimeSpan.FromSeconds(5) };
        var options = new LedgerEngineOptions
        {
            CheckpointInterval = checkpoint,
            Durable = store != SimulationStore.SqliteMemory,
            FaultInjector = (batch, afterCommit) =>
            {
                if (crash.Armed && batch.Transfers.Count > 0 && crash.AfterCommit == afterCommit)
                {
                    crash.Armed = false;
                    throw new IOException("simulated writer crash");
                }
            },
        };
        LedgerEngine Open() => store == SimulationStore.Postgres
            ? LedgerEngine.ForPostgres(connectionString, options, time)
            : LedgerEngine.ForSqlite(connectionString, options, time);

        var engine = Open();
        try
        {
            await engine.EnsureSchemaAsync();
            await CreateAccountsAsync(engine);
            int groups = rng.Next(3, 9);
            for (int group = 0; group < groups; group++)
            {
                time.Advance(TimeSpan.FromSeconds(rng.Next(0, 3)));
                if (rng.Next(10) == 0)
                {
                    Log("restart");
                    await engine.DisposeAsync();
                    engine = Open();
                }

                model.Expire(Now);
                await RunGroupAsync(engine);
                await CompareBalancesAsync(engine);
                snapshots.Add((model.LastTimestamp, model.AccountIds.ToDictionary(id => id, model.Balance)));
            }

            await engine.DisposeAsync();
            engine = Open();
            await CompareBalancesAsync(engine);
            if (store != SimulationStore.SqliteMemory || seed % 10 == 0)
            {
                await CompareHistoryAsync(engine);
            }

            var report = await engine.CheckInvariantsAsync(ledger);
            Check(report.IsValid, () => "invariants: " + string.Join("; ", report.Violations));
        }
        catch (Exception ex) when (ex is not SimulationFailure)
        {
            throw new SimulationFailure(Describe($"unexpected {ex.GetType().Name}: {ex.Message}"), ex);
        }
        finally
        {
            await engine.DisposeAsync();
        }
    }

    private async Task CreateAccountsAsync(LedgerEngine engine)
    {
        source = NewId();
        budget = NewId();
        merchant = NewId();
        wallets = [NewId(), NewId(), NewId()];
        var accounts = new List<Account>
        {
            new(source, ledger, 1),
            new(budget, ledger, 2, AccountFlags.CreditsMustNotExceedDebits),
            new(merchant, ledger, 3, AccountFlags.DebitsMustNotExceedCredits),
        };
        accounts.AddRange(wallets.Select(w => new Account(w, ledger, 4, AccountFlags.DebitsMustNotExceedCredits)));
        var results = await engine.CreateAccountsAsync(accounts.ToArray());
        long now = Now;
        for (int i = 0; i < accounts.Count; i++)
        {
            long expected = model.CreateAccount(accounts[i], now);
            Check(results[i] == new AccountResult(AccountResultCode.Ok, expected), () => $"account {i}: {results[i]} expected timestamp {expected}");
        }
    }

    private async Task RunGroupAsync(LedgerEngine engine)
    {
        bool crashing = rng.Next(16) == 0;
        int callCount = crashing ? 1 : rng.Next(1, 4);
        var calls = Enumerable.Range(0, callCount).Select(_ => NewCall()).ToList();
        if (crashing)
        {
            crash = (true, rng.Next(2) == 0);
            Log($"crash {(crash.AfterCommit ? "after" : "before")} commit");
        }

        // Submitted without awaiting: the queue keeps call order, which the model follows.
        var tasks = calls.Select(call => engine.SubmitAsync(call.ToArray())).ToList();
        long now = Now;
        for (int c = 0; c < calls.Count; c++)
        {
            Log("call " + string.Join(", ", calls[c].Select(Show)));
            if (crashing)
            {
                TransferResult[]? survived = null;
                try
                {
                    survived = await tasks[c];
                }
                catch (LedgerStorageException)
                {
                    if (crash.AfterCommit)
                    {
                        model.Submit(calls[c], now); // committed, though the caller heard of a failure
                    }
                }
                finally
                {
                    crash.Armed = false;
                }

                if (survived is null)
                {
                    continue;
                }

                // Nothing was written (every transfer refused or already there), so nothing crashed.
                var unharmed = model.Submit(calls[c], now);
                for (int i = 0; i < unharmed.Length; i++)
                {
                    Check(Same(unharmed[i], survived[i]), () => $"call {c} transfer {i}: engine {survived[i]}, model {unharmed[i]}");
                }

                continue;
            }

            var expected = model.Submit(calls[c], now);
            var actual = await tasks[c];
            for (int i = 0; i < expected.Length; i++)
            {
                Check(Same(expected[i], actual[i]), () => $"call {c} transfer {i} ({Show(calls[c][i])}): engine {actual[i]}, model {expected[i]}");
            }
        }
    }

    private async Task CompareBalancesAsync(LedgerEngine engine)
    {
        var ids = model.AccountIds.ToArray();
        var entries = await engine.GetBalancesAsync(ledger, ids);
        for (int i = 0; i < ids.Length; i++)
        {
            var expected = model.Balance(ids[i]);
            var actual = entries[i]?.Balance;
            Check(actual == expected, () => $"balance of account {i}: engine {actual}, model {expected}");
        }
    }

    /// <summary>Every account's transfers (paged in small pages) and a past balance, against the model.</summary>
    private async Task CompareHistoryAsync(LedgerEngine engine)
    {
        foreach (var account in model.AccountIds)
        {
            var expected = model.History(account);
            var actual = new List<Transfer>();
            long? cursor = null;
            do
            {
                var page = await engine.GetTransfersAsync(ledger, account, new TransferQuery(cursor, Limit: 3));
                actual.AddRange(page.Transfers);
                cursor = page.NextCursor;
            }
            while (cursor is not null);

            Check(
                expected.Select(t => (t.Id, t.Timestamp, t.Amount)).SequenceEqual(actual.Select(t => (t.Id, t.Timestamp, t.Amount))),
                () => $"history of {Name(account)}: engine [{string.Join(", ", actual.Select(Show))}], model [{string.Join(", ", expected.Select(Show))}]");
        }

        if (snapshots.Count > 0)
        {
            var (timestamp, balances) = snapshots[rng.Next(snapshots.Count)];
            foreach (var (account, expected) in balances)
            {
                var actual = await engine.GetBalanceAtAsync(ledger, account, timestamp);
                Check(actual == expected, () => $"balance of {Name(account)} at {timestamp}: engine {actual}, model {expected}");
            }
        }
    }

    private List<Transfer> NewCall()
    {
        int size = rng.Next(1, 5);
        var call = new List<Transfer>(size);
        for (int i = 0; i < size; i++)
        {
            var t = NewTransfer();
            bool linked = i < size - 1 ? rng.Next(4) == 0 : rng.Next(30) == 0;
            t = t with { Flags = linked ? t.Flags | TransferFlags.Linked : t.Flags & ~TransferFlags.Linked };
            call.Add(t);
            submitted.Add(t);
            if (t.Flags.HasFlag(TransferFlags.Pending))
            {
                pendings.Add(t);
            }
        }

        return call;
    }

    private Transfer NewTransfer()
    {
        UInt128 Wallet() => wallets[rng.Next(wallets.Length)];
        Transfer Move(UInt128 debit, UInt128 credit, long amount, TransferFlags flags = TransferFlags.None) =>
            new(NewId(), debit, credit, amount, ledger, (ushort)rng.Next(1, 4), flags);

        int roll = rng.Next(100);
        switch (roll)
        {
            case < 14:
                return Move(source, Wallet(), rng.Next(1, 500));
            case < 38:
                return Move(Wallet(), rng.Next(3) == 0 ? Wallet() : merchant, rng.Next(1, 400));
            case < 50:
                return Move(Wallet(), merchant, rng.Next(1, 300), TransferFlags.Pending) with { TimeoutSeconds = (uint)rng.Next(0, 4) };
            case < 66 when pendings.Count > 0:
            {
                var p = pendings[rng.Next(pendings.Count)];
                bool post = roll < 60;
                long amount = rng.Next(3) == 0 ? 0 : rng.Next(1, (int)p.Amount + 20);
                UInt128 pendingId = rng.Next(12) == 0 ? NewId() : p.Id;
                return new Transfer(NewId(), rng.Next(2) == 0 ? 0 : p.DebitAccountId, 0, amount, ledger, 0, post ? TransferFlags.PostPending : TransferFlags.VoidPending, pendingId);
            }

            case < 71:
                return Move(Wallet(), source, rng.Next(1, 1_000), TransferFlags.BalancingDebit);
            case < 75:
                return Move(budget, source, rng.Next(1, 300));
            case < 79:
                return Move(source, budget, rng.Next(1, 300), rng.Next(2) == 0 ? TransferFlags.BalancingCredit : TransferFlags.None);
            case < 91 when submitted.Count > 0:
            {
                var previous = submitted[rng.Next(submitted.Count)];
                return rng.Next(5) == 0 ? previous with { Amount = previous.Amount + 1 } : previous;
            }

            default:
                var valid = Move(Wallet(), merchant, rng.Next(1, 100));
                return rng.Next(6) switch
                {
                    0 => valid with { Amount = 0 },
                    1 => valid with { CreditAccountId = valid.DebitAccountId },
                    2 => valid with { CreditAccountId = NewId() },
                    3 => valid with { Code = 0 },
                    4 => valid with { TimeoutSeconds = 3 },
                    _ => valid with { PendingId = submitted.Count > 0 ? submitted[0].Id : 7 },
                };
        }
    }

    private static bool Same(TransferResult expected, TransferResult actual) =>
        expected.Code == actual.Code
        && (!expected.IsSuccess || (expected.Amount == actual.Amount && expected.DebitBalance == actual.DebitBalance && expected.CreditBalance == actual.CreditBalance))
        && (expected.Code != TransferResultCode.Ok || expected.Timestamp == actual.Timestamp);

    private UInt128 NewId() => new((ulong)(uint)seed + 1, nextId++);

    private string Show(Transfer t) => string.Create(
        CultureInfo.InvariantCulture,
        $"#{(ulong)t.Id} {Name(t.DebitAccountId)}->{Name(t.CreditAccountId)} {t.Amount} [{t.Flags}] pending #{(ulong)t.PendingId} timeout {t.TimeoutSeconds} code {t.Code}");

    private string Name(UInt128 id) =>
        id == source ? "source" : id == budget ? "budget" : id == merchant ? "merchant" : Array.IndexOf(wallets, id) is int w and >= 0 ? $"wallet{w}" : $"#{(ulong)id}";

    private void Log(string line) => log.AppendLine(line);

    private void Check(bool condition, Func<string> message)
    {
        if (!condition)
        {
            throw new SimulationFailure(Describe(message()));
        }
    }

    private string Describe(string problem) =>
        $"Simulation seed {seed} failed (reproduce with LEDGER_SIM_SEED={seed}): {problem}{Environment.NewLine}{log}";
}
