using System.Diagnostics;
using MachiDx.Ledger.Engine;
using MachiDx.Ledger.Storage;

namespace MachiDx.Ledger.Bench;

/// <summary>The engine under closed-loop load from many concurrent callers (each waits for its durable result).</summary>
internal static class EngineBench
{
    public static async Task SetUpAsync(LedgerEngine engine, Workload workload)
    {
        await engine.EnsureSchemaAsync();
        foreach (var chunk in workload.Accounts().Chunk(8_000))
        {
            var results = await engine.CreateAccountsAsync(chunk);
            if (results.Any(r => !r.IsSuccess))
            {
                throw new InvalidOperationException("account creation failed: " + results.First(r => !r.IsSuccess).Code);
            }
        }

        var pending = new List<Task<TransferResult[]>>();
        foreach (var chunk in workload.OpeningCharges().Chunk(8_000))
        {
            pending.Add(engine.SubmitAsync(chunk));
            if (pending.Count == 4)
            {
                await Task.WhenAll(pending);
                pending.Clear();
            }
        }

        await Task.WhenAll(pending);

        // Let the idle writer store the set-up's balances now, not in the middle of the measurement.
        await Task.Delay(TimeSpan.FromSeconds(2));
    }

    /// <summary>
    /// Closed-loop load. With <paramref name="callSize"/> above 1 each call carries that many transfers of the mix
    /// (bulk rewards, payout runs, an API gateway batching requests), which shows the writer's own capacity.
    /// </summary>
    public static async Task<Measurement> RunAsync(LedgerEngine engine, Workload workload, string scenario, string database, int clients, TimeSpan duration, int callSize = 1)
    {
        long committed = 0, busy = 0;
        var cpu = Measurement.ProcessCpu();
        var latencies = new List<long>[clients];
        using var stop = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        stop.CancelAfter(duration);
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c * 7919);
            var mine = latencies[c] = new List<long>(4_096);
            Transfer[]? previous = null;
            long ok = 0, refused = 0;
            while (!stop.IsCancellationRequested)
            {
                var (call, followUp) = workload.Next(random, previous);
                if (callSize > 1)
                {
                    var bulk = new List<Transfer>(callSize + 2);
                    while (bulk.Count < callSize)
                    {
                        bulk.AddRange(workload.Next(random, null).Call); // two-phase follow-ups are left to expire
                    }

                    (call, followUp) = (bulk.ToArray(), null);
                }

                long start = Stopwatch.GetTimestamp();
                var results = await engine.SubmitAsync(call);
                mine.Add(Stopwatch.GetTimestamp() - start);
                ok += results.Count(r => r.Code == TransferResultCode.Ok);
                if (results[0].Code == TransferResultCode.Busy)
                {
                    refused++;
                    await Task.Delay(1);
                    continue;
                }

                if (followUp is { } post && results[0].Code == TransferResultCode.Ok)
                {
                    start = Stopwatch.GetTimestamp();
                    var posted = await engine.SubmitAsync(new[] { post });
                    mine.Add(Stopwatch.GetTimestamp() - start);
                    ok += posted[0].Code == TransferResultCode.Ok ? 1 : 0;
                }

                previous = call;
            }

            Interlocked.Add(ref committed, ok);
            Interlocked.Add(ref busy, refused);
        })).ToArray();
        await Task.WhenAll(tasks);
        watch.Stop();
        var all = latencies.SelectMany(l => l).ToList();
        return Measurement.From(scenario, database, committed, watch.Elapsed, all, busy > 0 ? $"{busy:N0} busy" : string.Empty) with { Cpu = Measurement.ProcessCpu() - cpu };
    }

    /// <summary>Start-up cost: the engine's open (checkpoint + tail) and a full replay of every transfer from zero.</summary>
    public static async Task<(Measurement Startup, Measurement Replay)> MeasureRestartAsync(Func<LedgerEngine> open, Func<ILedgerStore> store, Workload workload, string database)
    {
        var cpu = Measurement.ProcessCpu();
        var watch = Stopwatch.StartNew();
        await using (var engine = open())
        {
            await engine.OpenLedgerAsync(workload.Ledger);
            watch.Stop();
        }

        var startupCpu = Measurement.ProcessCpu() - cpu;

        using var s = store();
        using var reader = s.OpenReader();
        var replayWatch = Stopwatch.StartNew();
        var replayCpu = Measurement.ProcessCpu();
        var state = LedgerLoader.Load(reader, workload.Ledger, new Lock(), useCheckpoint: false);
        replayWatch.Stop();
        replayCpu = Measurement.ProcessCpu() - replayCpu;
        Console.WriteLine("  replay phases: " + LedgerLoader.LastPhases);
        int transfers = state.TransferIds.Count;
        var (scanned, scanTime) = LedgerLoader.LastReplay;
        return (
            new Measurement("restart: open with checkpoint", database, transfers, watch.Elapsed, watch.Elapsed.TotalMilliseconds, watch.Elapsed.TotalMilliseconds, $"whole start-up incl. {state.Accounts.Count:N0} accounts and the id set") { Cpu = startupCpu },
            new Measurement("restart: full replay from zero", database, scanned, scanTime, scanTime.TotalMilliseconds, scanTime.TotalMilliseconds, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"transfer scan only; whole load {replayWatch.Elapsed.TotalMilliseconds:N0} ms with accounts")) { Cpu = replayCpu * (scanTime / replayWatch.Elapsed) });
    }
}
