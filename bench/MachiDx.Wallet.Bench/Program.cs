using System.Diagnostics;
using System.Globalization;
using MachiDx.Wallet;

namespace MachiDx.Wallet.Bench;

/// <summary>Entry point (not top-level statements: the application's own <c>Program</c> is the host's entry type).</summary>
internal static class WalletBench
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        if (options.Command == "help")
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        const string City = "okawa";
        const long FundingYen = 10_000_000;
        string ours = WalletApiPaths.Payments.Replace("{city}", City, StringComparison.Ordinal);
        string naive = NaivePayments.Route.Replace("{city}", City, StringComparison.Ordinal);
        var ct = CancellationToken.None;
        var started = DateTime.UtcNow;
        string loadBefore = Machine.Load();
        Console.WriteLine($"MachiDx.Wallet.Bench: {Machine.Describe()}; {loadBefore}");

        BenchDatabase database;
        if (options.Postgres)
        {
            string? admin = Environment.GetEnvironmentVariable("MACHIDX_TEST_POSTGRES");
            if (string.IsNullOrWhiteSpace(admin))
            {
                Console.Error.WriteLine("--postgres needs MACHIDX_TEST_POSTGRES (run under scripts/with-postgres.sh).");
                return 2;
            }

            database = await BenchDatabase.PostgresAsync(admin);
        }
        else
        {
            database = BenchDatabase.Sqlite();
        }

        var results = new List<PhaseResult>();
        var notes = new List<string>();
        bool moneyOk;
        await using (database)
        {
            var watch = Stopwatch.StartNew();
            using var host = BenchHost.Start(database, options.Residents);
            Console.WriteLine($"app on {host.BaseAddress} ({database.Name}), started with demo data in {watch.Elapsed.TotalSeconds:F1} s");

            var setup = new WalletSetup(host, City);
            await setup.InitializeAsync(ct);
            watch.Restart();
            var ids = await setup.FundAsync(options.Residents, FundingYen, ct);
            var before = await setup.SnapshotAsync(ids, ct);
            await NaivePayments.SeedAsync(host.Services, setup.City.Id, before.Residents, setup.ShopId, setup.ShopCode, ct);
            Console.WriteLine($"funded {ids.Count} residents with {FundingYen:N0} yen (+ campaign premium) at the counter in {watch.Elapsed.TotalSeconds:F1} s; naive balances seeded equal");

            using var bootstrap = new HttpClient();
            watch.Restart();
            var residents = await setup.SignInAsync(bootstrap, ids, ct);
            Console.WriteLine($"{residents.Count} bearer tokens in {watch.Elapsed.TotalSeconds:F1} s");

            using var driver = new LoadDriver(host.BaseAddress, residents, setup.ShopCode, options.AmountYen);
            foreach (var (name, path) in new[] { ("ours", ours), ("naive", naive) })
            {
                int status = await driver.PayOnceAsync(path);
                if (status != 201)
                {
                    Console.Error.WriteLine($"{name}: a first payment was answered {status}: {string.Join(" | ", driver.ErrorSamples)}");
                    return 1;
                }
            }

            PhaseResult Tag(PhaseResult r, string implementation)
            {
                r = r with { Implementation = implementation, Database = database.Name };
                Console.WriteLine($"  {r}");
                results.Add(r);
                return r;
            }

            int maxClients = options.Concurrency.Max();
            // Tiered compilation (tier 0, instrumented tier, tier 1 with PGO) takes tens of seconds to reach the steady
            // state when the cores are saturated; consecutive identical 6 s phases ran at 1,350, 1,620, 2,230 and
            // 2,980 payments/s. Pay before measuring anything, as a server that has been up a while would have.
            Console.WriteLine($"JIT warm-up: {options.JitWarmup.TotalSeconds:N0} s of payments at {maxClients} clients (not measured)");
            await driver.ClosedLoopAsync("jit", ours, maxClients, options.JitWarmup, TimeSpan.Zero);

            Console.WriteLine($"HTTP ceiling: GET /health/live, {maxClients} clients (same middleware, no auth, no body)");
            Tag(await driver.ClosedLoopAsync("ceiling", "/health/live", maxClients, options.Warmup, TimeSpan.FromSeconds(Math.Min(5, options.Duration.TotalSeconds)), payment: false), "health");

            Console.WriteLine($"ours: POST {ours}, closed loop, {options.Warmup.TotalSeconds:N0} s warm-up + {options.Duration.TotalSeconds:N0} s per level");
            var oursByLevel = new Dictionary<int, PhaseResult>();
            foreach (int clients in options.Concurrency)
            {
                oursByLevel[clients] = Tag(await driver.ClosedLoopAsync("max", ours, clients, options.Warmup, options.Duration), "ours");
            }

            // G3 right after our levels: before the naive phases, whose blocked SQLite calls leave hundreds of
            // pool threads behind (a first run with G3 last measured their GC suspensions, not the endpoint).
            var best = oursByLevel.Values.MaxBy(r => r.PerSecond)!;
            double rate = options.Rate ?? Math.Max(1, Math.Floor(best.PerSecond * 0.5));
            Console.WriteLine($"G3: open loop at {rate:N0} payments/s (50% of our max {best.PerSecond:N0}/s)");
            var half = Tag(await driver.OpenLoopAsync("half", ours, rate, options.Warmup, options.Duration, maxOutstanding: 4096), "ours");

            Console.WriteLine($"ours without HTTP: PaymentDesk.PayAsync in process (scope, tenant, MerchantDirectory, as WalletApi does), {maxClients} callers");
            var (inProcess, inProcessYen) = await InProcess.PaymentDeskAsync(host, setup, ids, maxClients, options.Warmup, TimeSpan.FromSeconds(Math.Min(10, options.Duration.TotalSeconds)), options.AmountYen);
            Tag(inProcess, "in-process");
            var pieces = await InProcess.PiecesAsync(host, setup, residents[0]);
            foreach (var (piece, micros) in pieces)
            {
                Console.WriteLine($"  {micros,8:N1} µs  {piece}");
            }

            var naiveByLevel = new Dictionary<int, PhaseResult>();
            if (!options.SkipNaive)
            {
                Console.WriteLine($"naive: POST {naive}, closed loop, {options.Warmup.TotalSeconds:N0} s warm-up + {options.NaiveDuration.TotalSeconds:N0} s per level");
                // Microsoft.Data.Sqlite's async calls block a pool thread while SQLite waits for its lock: give the pool the
                // threads at once rather than starving the in-process driver (and the naive server) while it grows.
                ThreadPool.GetMinThreads(out int workers, out int io);
                ThreadPool.SetMinThreads(Math.Max(workers, maxClients + 64), io);
                foreach (int clients in options.Concurrency)
                {
                    naiveByLevel[clients] = Tag(await driver.ClosedLoopAsync("naive", naive, clients, options.Warmup, options.NaiveDuration), "naive");
                }

                ThreadPool.SetMinThreads(workers, io);
                notes.Add($"During the naive phases the thread pool's minimum was raised to {maxClients + 64} threads (SQLite calls block a thread while waiting for the write lock).");
            }

            // Money: every payment answered otherwise than 201 is sent again with its own key (paid once at most), then
            // the shop's increase must equal what the residents lost, and what the clients were told was paid.
            var oursSettled = await driver.SettleAsync(ours);
            var naiveSettled = await driver.SettleAsync(naive);
            var after = await setup.SnapshotAsync(ids, ct);
            var invariants = await setup.CheckLedgerAsync(ct);
            long oursPaid = driver.PaidYen.GetValueOrDefault(ours) + oursSettled.Yen + inProcessYen;
            long shopGain = after.ShopYen - before.ShopYen;
            long residentsLoss = before.ResidentsYen - after.ResidentsYen;
            var moneyLines = new List<string>();
            bool oursOk = invariants.IsValid && shopGain == oursPaid && residentsLoss == oursPaid;
            moneyLines.Add(string.Create(CultureInfo.InvariantCulture,
                $"ours: ledger invariants {(invariants.IsValid ? "valid" : "BROKEN: " + string.Join("; ", invariants.Violations.Take(5)))} ({invariants.Accounts:N0} accounts, {invariants.Transfers:N0} transfers); " +
                $"{driver.PaidCount.GetValueOrDefault(ours):N0} payments answered 201 + {oursSettled.Paid:N0} paid on resend with the same key (before or then; {oursSettled.Refused:N0} refused) + {inProcessYen / options.AmountYen:N0} paid in process = {oursPaid:N0} yen; " +
                $"shop +{shopGain:N0} yen; residents −{residentsLoss:N0} yen → {(oursOk ? "OK" : "MISMATCH")}"));
            bool naiveOk = true;
            if (!options.SkipNaive)
            {
                var totals = await NaivePayments.TotalsAsync(host.Services, setup.ShopId, ct);
                long naivePaid = driver.PaidYen.GetValueOrDefault(naive) + naiveSettled.Yen;
                long naiveLoss = before.ResidentsYen - totals.ResidentsYen;
                naiveOk = totals.ShopYen == naivePaid && totals.PaymentsYen == naivePaid && naiveLoss == naivePaid && totals.NegativeBalances == 0;
                moneyLines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"naive: {driver.PaidCount.GetValueOrDefault(naive):N0} answered 201 + {naiveSettled.Paid:N0} paid on resend with the same key (before or then; {naiveSettled.Refused:N0} refused) = {naivePaid:N0} yen; " +
                    $"naive_payments {totals.Payments:N0} rows, {totals.PaymentsYen:N0} yen; shop +{totals.ShopYen:N0}; residents −{naiveLoss:N0}; negative balances {totals.NegativeBalances} → {(naiveOk ? "OK" : "MISMATCH")}"));
            }

            moneyOk = oursOk && naiveOk;
            foreach (var line in moneyLines)
            {
                Console.WriteLine(line);
            }

            Console.WriteLine(moneyOk ? "money check: OK" : "money check: FAILED");
            foreach (var sample in driver.ErrorSamples)
            {
                Console.WriteLine($"error sample: {sample}");
            }

            string loadAfter = Machine.Load();
            var report = Report.Build(options, database.Name, started, loadBefore, loadAfter, results, oursByLevel, naiveByLevel, half, pieces, moneyOk, moneyLines, notes, [.. driver.ErrorSamples]);
            Console.WriteLine();
            Console.WriteLine(report);
            string? output = options.NoWrite ? null : options.Output ?? (options.Quick ? null : Report.DefaultPath());
            if (output is not null)
            {
                bool exists = File.Exists(output);
                await File.AppendAllTextAsync(output, (exists ? "\n" : Report.Header) + report);
                Console.WriteLine($"appended to {output}");
            }
        }

        return moneyOk ? 0 : 1;
    }
}
