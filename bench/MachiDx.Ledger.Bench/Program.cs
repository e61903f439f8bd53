using System.Globalization;
using System.Text;
using MachiDx.Ledger;
using MachiDx.Ledger.Bench;
using MachiDx.Ledger.CrashWorker;
using MachiDx.Ledger.Storage;
using Npgsql;

var options = BenchOptions.Parse(args);
string? postgres = Environment.GetEnvironmentVariable("MACHIDX_TEST_POSTGRES");
switch (options.Command)
{
    case "help":
        Console.WriteLine(BenchOptions.Usage);
        return 0;
    case "check":
        return await CheckAsync(options);
    case "crash":
        return await CrashAsync(options, postgres);
}

var results = new List<Measurement>();
string loadBefore = LoadAverage();
var work = Directory.CreateTempSubdirectory("machidx-ledger-bench-");
try
{
    results.AddRange(await RunDatabaseAsync("SQLite", suffix => $"Data Source={Path.Combine(work.FullName, suffix + ".db")}", postgres: false));
    if (!options.SkipPostgres)
    {
        if (string.IsNullOrWhiteSpace(postgres))
        {
            Console.Error.WriteLine("MACHIDX_TEST_POSTGRES is not set: PostgreSQL skipped (run under scripts/with-postgres.sh, or pass --skip-postgres).");
        }
        else
        {
            string database = $"ledger_bench_{Guid.NewGuid():N}"[..24];
            try
            {
                results.AddRange(await RunDatabaseAsync("PostgreSQL", suffix => Postgres(postgres, $"{database}_{suffix}", create: true), postgres: true));
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                foreach (string suffix in new[] { "engine", "naive" })
                {
                    await DropAsync(postgres, $"{database}_{suffix}");
                }
            }
        }
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    work.Delete(recursive: true);
}

string report = Report(results, options, $"Load average (1/5/15 min) before: {loadBefore}; after: {LoadAverage()} — other work shared the 2 cores.");
Console.WriteLine();
Console.WriteLine(report);
if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, report);
    Console.WriteLine($"written to {output}");
}

return 0;

async Task<List<Measurement>> RunDatabaseAsync(string name, Func<string, string> connection, bool postgres)
{
    var measured = new List<Measurement>();
    string engineConnection = connection("engine");
    LedgerEngine Open() => postgres ? LedgerEngine.ForPostgres(engineConnection, options.EngineOptions) : LedgerEngine.ForSqlite(engineConnection, options.EngineOptions);
    ILedgerStore Store() => postgres ? new PostgresLedgerStore(engineConnection) : new SqliteLedgerStore(engineConnection);

    async Task<Measurement> EngineAsync(Workload workload, string scenario)
    {
        Console.WriteLine($"[{name}] {scenario}: setting up {workload.Residents:N0} residents");
        await using (var setUp = Open())
        {
            await EngineBench.SetUpAsync(setUp, workload);
            Console.WriteLine("  after set-up: " + setUp.WriterStats(workload.Ledger));
        }

        // Measured from a settled ledger: the set-up's opening charge touched every account, and storing all of
        // them (the shutdown above does) belongs to the set-up, not to the steady load measured here.
        await using var engine = Open();
        await engine.OpenLedgerAsync(workload.Ledger);
        var pause = GC.GetTotalPauseDuration();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var m = await EngineBench.RunAsync(engine, workload, scenario, name, options.Clients, options.Duration);
        Console.WriteLine("  " + m);
        Console.WriteLine("  writer: " + engine.WriterStats(workload.Ledger));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  GC during the run: paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:N0} ms; collections gen0 {GC.CollectionCount(0) - collections[0]}, gen1 {GC.CollectionCount(1) - collections[1]}, gen2 {GC.CollectionCount(2) - collections[2]}; heap {GC.GetTotalMemory(false) / 1_048_576:N0} MiB"));
        return m;
    }

    var spreadWorkload = new Workload(1, options.Residents, options.Merchants, hot: false);
    if (options.Runs("spread"))
    {
        measured.Add(await EngineAsync(spreadWorkload, "engine, spread"));
    }

    if (options.Runs("bulk"))
    {
        await using var bulkEngine = Open();
        var bulk = await EngineBench.RunAsync(bulkEngine, spreadWorkload, "engine, spread, 100 transfers per call", name, 32, options.Duration, callSize: 100);
        Console.WriteLine("  " + bulk);
        measured.Add(bulk);
    }

    if (options.Runs("restart"))
    {
        var (startup, replay) = await EngineBench.MeasureRestartAsync(Open, Store, spreadWorkload, name);
        Console.WriteLine("  " + startup);
        Console.WriteLine("  " + replay);
        measured.Add(startup);
        measured.Add(replay);
    }

    if (options.Runs("hot"))
    {
        measured.Add(await EngineAsync(new Workload(2, options.Residents, options.Merchants, hot: true), "engine, hot account"));
    }

    if (!options.SkipLarge && options.Runs("large"))
    {
        measured.Add(await EngineAsync(new Workload(3, options.LargeResidents, options.Merchants, hot: false), $"engine, {options.LargeResidents:N0} accounts"));
    }

    if (options.Runs("baselines"))
    {
        Console.WriteLine($"[{name}] baselines: setting up");
        var baselines = new Baselines(postgres, connection("naive"), spreadWorkload);
        await baselines.SetUpAsync();
        var naive = await baselines.RunNaiveAsync(options.NaiveClients, options.NaiveDuration);
        Console.WriteLine("  " + naive);
        var batched = await baselines.RunBatchedAsync(options.NaiveDuration);
        Console.WriteLine("  " + batched);
        measured.Add(naive);
        measured.Add(batched);
    }

    return measured;
}

static string Postgres(string server, string database, bool create)
{
    if (create)
    {
        using var admin = new NpgsqlConnection(server);
        admin.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
        command.ExecuteNonQuery();
    }

    return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
}

static async Task DropAsync(string server, string database)
{
    await using var admin = new NpgsqlConnection(server);
    await admin.OpenAsync();
    await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
    await command.ExecuteNonQueryAsync();
}

static string LoadAverage()
{
    string load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
    // Pressure stall information: the share of time runnable tasks waited for a CPU.
    string pressure = File.Exists("/proc/pressure/cpu") ? File.ReadLines("/proc/pressure/cpu").First().Split(' ')[2] : "n/a";
    return $"{load} (CPU pressure {pressure})";
}

static string Report(List<Measurement> results, BenchOptions options, string load)
{
    var s = new StringBuilder();
    var c = CultureInfo.InvariantCulture;
    s.AppendLine("# Ledger benchmark results").AppendLine();
    s.AppendLine(c, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({System.Runtime.InteropServices.RuntimeInformation.OSDescription}), .NET {Environment.Version}.");
    s.AppendLine(c, $"Workload: {options.Residents:N0} residents, {options.Merchants:N0} merchants (Zipf), system accounts; payments 56%, linked charge + premium 15%, rewards 10%, two-phase payouts 10%, refunds 8%, retries 1%.");
    s.AppendLine(c, $"Engine: {options.Clients} concurrent callers, each awaiting its durable result, {options.Duration.TotalSeconds:F0} s per scenario. Baselines: {options.NaiveDuration.TotalSeconds:F0} s each, simple transfers of the same workload.");
    s.AppendLine("Durable everywhere: SQLite WAL + synchronous=FULL, PostgreSQL synchronous_commit=on (PostgreSQL 15 on the same machine).");
    s.AppendLine(c, $"Engine balance checkpoint every {options.CheckpointSeconds} s. {load}").AppendLine();
    s.AppendLine("| Scenario | Database | Transfers/s | p50 ms | p99 ms | Transfers | Cores used | Transfers per CPU-s | Note |");
    s.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---|");
    foreach (var m in results)
    {
        s.AppendLine(c, $"| {m.Scenario} | {m.Database} | {m.PerSecond:N0} | {m.P50Ms:F2} | {m.P99Ms:F2} | {m.Transfers:N0} | {m.CoresUsed:F2} | {m.PerCpuSecond:N0} | {m.Note} |");
    }

    s.AppendLine().AppendLine("\"Cores used\" is this process's CPU time over wall time (engine, callers and SQLite; the PostgreSQL server is another process). Where it is far below 2 the run was starved by other work on the machine, and \"transfers per CPU-s\" is the better guide to what the code does.");

    s.AppendLine().AppendLine("## Goals").AppendLine();
    foreach (string db in results.Select(r => r.Database).Distinct())
    {
        Measurement? Find(string prefix) => results.FirstOrDefault(r => r.Database == db && r.Scenario.StartsWith(prefix, StringComparison.Ordinal));
        var spread = Find("engine, spread");
        var bulkCalls = Find("engine, spread, 100");
        var naive = Find("naive");
        var batched = Find("batched");
        var hot = Find("engine, hot");
        var large = results.FirstOrDefault(r => r.Database == db && r.Scenario.StartsWith("engine, ", StringComparison.Ordinal) && r.Scenario.EndsWith(" accounts", StringComparison.Ordinal));
        var replay = Find("restart: full replay");
        if (spread is null)
        {
            continue;
        }

        string Verdict(bool ok) => ok ? "met" : "NOT met";
        if (naive is not null)
        {
            double ratio = spread.PerSecond / naive.PerSecond;
            bool g1 = ratio >= 50 && (db != "SQLite" || spread.PerSecond >= 100_000);
            s.AppendLine(c, $"- {db} G1: engine {spread.PerSecond:N0}/s ({spread.PerCpuSecond:N0} per CPU-second of this process) = {ratio:N1}× naive ({naive.PerSecond:N0}/s){(db == "SQLite" ? ", goal ≥ 50× and ≥ 100,000/s" : ", goal ≥ 50×")}: {Verdict(g1)}. Batched SQL: {batched?.PerSecond:N0}/s (engine = {spread.PerSecond / (batched?.PerSecond ?? 1):N1}×). With 100 transfers per call: {bulkCalls?.PerSecond:N0}/s ({bulkCalls?.PerCpuSecond:N0} per CPU-second).");
        }

        if (hot is not null)
        {
            s.AppendLine(c, $"- {db} G4: hot account {hot.PerSecond:N0}/s = {hot.PerSecond / spread.PerSecond:F2}× spread (goal ≥ 0.8): {Verdict(hot.PerSecond >= 0.8 * spread.PerSecond)}.");
        }

        if (large is not null)
        {
            s.AppendLine(c, $"- {db} G5: {large.Scenario} {large.PerSecond:N0}/s = {large.PerSecond / spread.PerSecond:F2}× the 100k rate (goal ≥ 0.8): {Verdict(large.PerSecond >= 0.8 * spread.PerSecond)}.");
        }

        if (replay is not null)
        {
            s.AppendLine(c, $"- {db} G5: full replay {replay.PerSecond:N0} transfers/s, {replay.PerCpuSecond:N0} per CPU-second (goal ≥ 1,000,000/s): {Verdict(replay.PerSecond >= 1_000_000)}; the engine's own start-up (checkpoint + tail + ids) took {Find("restart: open")?.Elapsed.TotalMilliseconds:N0} ms for {replay.Transfers:N0} transfers.");
        }
    }

    return s.ToString();
}

static async Task<int> CheckAsync(BenchOptions options)
{
    if (options.Positional.Count < 3)
    {
        Console.Error.WriteLine(BenchOptions.Usage);
        return 2;
    }

    await using var engine = options.Positional[0] == "postgres" ? LedgerEngine.ForPostgres(options.Positional[1]) : LedgerEngine.ForSqlite(options.Positional[1]);
    var report = await engine.CheckInvariantsAsync(uint.Parse(options.Positional[2], CultureInfo.InvariantCulture));
    Console.WriteLine($"ledger {report.Ledger}: {report.Accounts:N0} accounts, {report.Transfers:N0} transfers, {report.TotalPosted:N0} yen posted: {(report.IsValid ? "all invariants hold" : "VIOLATED")}");
    foreach (string violation in report.Violations)
    {
        Console.WriteLine("  " + violation);
    }

    return report.IsValid ? 0 : 1;
}

static async Task<int> CrashAsync(BenchOptions options, string? postgres)
{
    int failures = 0;
    var work = Directory.CreateTempSubdirectory("machidx-ledger-crash-");
    foreach (string provider in options.Provider == "both" ? new[] { "sqlite", "postgres" } : new[] { options.Provider })
    {
        string? database = null;
        string connection;
        if (provider == "postgres")
        {
            if (string.IsNullOrWhiteSpace(postgres))
            {
                Console.Error.WriteLine("MACHIDX_TEST_POSTGRES is not set: PostgreSQL crash run skipped.");
                continue;
            }

            database = $"ledger_crash_{Guid.NewGuid():N}"[..24];
            connection = Postgres(postgres, database, create: true);
        }
        else
        {
            connection = $"Data Source={Path.Combine(work.FullName, "crash.db")}";
        }

        var outcome = await CrashHarness.RunAsync(provider, connection, 77, options.Kills, Random.Shared.Next(), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(1_500), work.FullName);
        Console.WriteLine($"{provider}: {outcome.Kills} kills, {outcome.Acknowledged:N0} acknowledged transfers, {outcome.Stored:N0} found exactly as acknowledged, {outcome.Report.Transfers:N0} stored; invariants {(outcome.Report.IsValid ? "hold" : "VIOLATED")}");
        foreach (string problem in outcome.Problems)
        {
            Console.WriteLine("  PROBLEM " + problem);
        }

        failures += outcome.Problems.Count;
        if (database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await DropAsync(postgres!, database);
        }
    }

    work.Delete(recursive: true);
    return failures == 0 ? 0 : 1;
}
