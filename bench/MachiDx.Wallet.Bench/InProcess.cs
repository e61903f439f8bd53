using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Pay;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MachiDx.Wallet.Bench;

/// <summary>
/// The payment path without HTTP, to tell the wallet's own cost from the web stack's: the same calls WalletApi.PayAsync
/// makes (a DI scope per payment, tenant, MerchantDirectory, PaymentDesk), and single pieces of a
/// request timed alone on one thread (thread CPU time, which does not grow while the thread waits for a core).
/// </summary>
internal static class InProcess
{
    /// <summary>C concurrent callers of PaymentDesk.PayAsync, each paying back-to-back.</summary>
    public static async Task<(PhaseResult Result, long PaidYen)> PaymentDeskAsync(BenchHost host, WalletSetup setup, IReadOnlyList<Guid> residents, int clients, TimeSpan warmup, TimeSpan measure, long amount)
    {
        long paid = 0;
        var unsettled = new System.Collections.Concurrent.ConcurrentQueue<(Guid Resident, string Key)>();
        var services = host.Services;
        string tag = Guid.NewGuid().ToString("N")[..8];
        long sequence = 0;
        var recorders = new Recorder[clients];
        long start = Stopwatch.GetTimestamp();
        long from = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        long stopAt = from + (long)(measure.TotalSeconds * Stopwatch.Frequency);
        var cpu = new CpuWindow();
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var recorder = recorders[c] = new Recorder();
            var resident = residents[c % residents.Count];
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                long t0 = Stopwatch.GetTimestamp();
                string key = string.Create(CultureInfo.InvariantCulture, $"inproc-{tag}-{Interlocked.Increment(ref sequence):x}");
                var status = await PayAsync(services, setup, resident, amount, key);
                long t1 = Stopwatch.GetTimestamp();
                if (status == PaymentStatus.Paid)
                {
                    Interlocked.Add(ref paid, amount);
                }
                else
                {
                    unsettled.Enqueue((resident, key));
                }

                if (t1 >= from && t1 <= stopAt)
                {
                    recorder.Add(t1 - t0, status == PaymentStatus.Paid ? 201 : 500 + (int)status);
                }
            }
        })).ToArray();
        var window = await cpu.MeasureAsync(from, stopAt);
        await Task.WhenAll(tasks);
        foreach (var (resident, key) in unsettled)
        {
            // Paid once at most: the same key finds the first payment (AlreadyPaid) or pays now.
            if (await PayAsync(services, setup, resident, amount, key) is PaymentStatus.Paid or PaymentStatus.AlreadyPaid)
            {
                paid += amount;
            }
        }

        return (PhaseResult.From("in-process", string.Create(CultureInfo.InvariantCulture, $"{clients} callers"), clients, null, measure, window, recorders, 201), paid);
    }

    /// <summary>What WalletApi.PayAsync does for one request, minus HTTP, authentication, validation and JSON.</summary>
    public static async Task<PaymentStatus> PayAsync(IServiceProvider services, WalletSetup setup, Guid resident, long amount, string key)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<TenantContext>().Set(setup.City);
        var merchant = await sp.GetRequiredService<MerchantDirectory>().FindAsync(setup.City, setup.ShopCode, CancellationToken.None);
        var outcome = await sp.GetRequiredService<PaymentDesk>().PayAsync(setup.City, resident, merchant!, amount, key, CancellationToken.None);
        return outcome.Status;
    }

    /// <summary>Pieces of one payment request timed alone: thread CPU microseconds per call (median of 5 rounds).</summary>
    public static async Task<IReadOnlyList<(string Piece, double Micros)>> PiecesAsync(BenchHost host, WalletSetup setup, Resident resident)
    {
        var services = host.Services;
        var book = services.GetRequiredService<WalletBook>();
        var directory = services.GetRequiredService<WalletDirectory>();
        var protector = services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme).BearerTokenProtector;
        var settings = await directory.SettingsAsync(setup.City, CancellationToken.None);
        var results = new List<(string, double)>
        {
            ("DI scope + TenantContext (what every request pays)", Time(() =>
            {
                using var scope = services.CreateScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(setup.City);
            })),
            ("DI scope + TenantContext + resolve WalletDbContext (what a cache miss of WalletDirectory or MerchantDirectory pays)", Time(() =>
            {
                using var scope = services.CreateScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(setup.City);
                _ = scope.ServiceProvider.GetRequiredService<WalletDbContext>();
            })),
            ("bearer token: BearerTokenProtector.Unprotect (every authenticated request)", Time(() => _ = protector.Unprotect(resident.Token))),
            ("WalletSettings.SpendingBuckets() (parsed per payment)", Time(() => _ = settings.SpendingBuckets())),
            ("WalletLedgerIds.Payment + Leg(0) (SHA-256 ids)", Time(() =>
            {
                var id = WalletLedgerIds.Payment(setup.City.Id, resident.Id.ToString("N"), "bench-key-0123456789");
                _ = WalletLedgerIds.Leg(id, 0);
            })),
        };
        await book.ViewAsync(setup.City, resident.Id, reload: false, CancellationToken.None);
        results.Add(("WalletBook.ViewAsync, lots cached (balances from the ledger's memory)", Time(() =>
            book.ViewAsync(setup.City, resident.Id, reload: false, CancellationToken.None).GetAwaiter().GetResult())));

        return results;
    }

    private static double Time(Action action)
    {
        const int iterations = 2_000;
        for (int i = 0; i < 200; i++)
        {
            action();
        }

        var rounds = new double[5];
        for (int r = 0; r < rounds.Length; r++)
        {
            double t0 = ThreadCpu.NowMs();
            for (int i = 0; i < iterations; i++)
            {
                action();
            }

            rounds[r] = (ThreadCpu.NowMs() - t0) * 1000 / iterations;
        }

        Array.Sort(rounds);
        return rounds[rounds.Length / 2];
    }
}

/// <summary>Process CPU and GC activity over a measured window.</summary>
internal sealed class CpuWindow
{
    public async Task<Window> MeasureAsync(long from, long stopAt)
    {
        await Task.Delay(Remaining(from));
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        long alloc0 = GC.GetTotalAllocatedBytes();
        int gen0 = GC.CollectionCount(0);
        int gen2 = GC.CollectionCount(2);
        var pause0 = GC.GetTotalPauseDuration();
        await Task.Delay(Remaining(stopAt));
        return new Window(
            Process.GetCurrentProcess().TotalProcessorTime - cpu0,
            GC.GetTotalAllocatedBytes() - alloc0,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(2) - gen2,
            GC.GetTotalPauseDuration() - pause0);
    }

    private static TimeSpan Remaining(long until) =>
        TimeSpan.FromSeconds(Math.Max(0, (until - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency));
}

/// <summary>CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID), in milliseconds; wall time elsewhere.</summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;
    private static readonly bool Available = OperatingSystem.IsLinux();

    public static double NowMs() => Available && clock_gettime(ClockThreadCpuTimeId, out var time) == 0
        ? (time.Seconds * 1_000.0) + (time.Nanoseconds / 1_000_000.0)
        : Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for this one call.
    private static extern int clock_gettime(int clockId, out Timespec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
