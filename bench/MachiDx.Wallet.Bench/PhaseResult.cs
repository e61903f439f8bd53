using System.Diagnostics;
using System.Globalization;

namespace MachiDx.Wallet.Bench;

/// <summary>
/// One measured phase. Latencies are kept whole and sorted (no bucketing): percentiles are exact order statistics.
/// </summary>
internal sealed record PhaseResult(
    string Scenario,
    string Load,
    int? Clients,
    double? OfferedRate,
    TimeSpan Measured,
    long Ok,
    IReadOnlyDictionary<int, long> Errors,
    long[] SortedTicks,
    Window Window)
{
    public string Implementation { get; init; } = "";

    public string Database { get; init; } = "";

    public long Dropped { get; init; }

    public double PerSecond => Ok / Measured.TotalSeconds;

    public long ErrorCount => Errors.Values.Sum() + Dropped;

    public double CoresUsed => Window.Cpu.TotalSeconds / Measured.TotalSeconds;

    /// <summary>Bytes allocated by the whole process (server and driver) per answered request.</summary>
    public double BytesPerRequest => SortedTicks.Length == 0 ? 0 : Window.AllocatedBytes / (double)SortedTicks.Length;

    /// <summary>CPU microseconds of the whole process (server and driver) per answered request.</summary>
    public double CpuMicrosPerRequest => SortedTicks.Length == 0 ? 0 : Window.Cpu.TotalMilliseconds * 1000 / SortedTicks.Length;

    public double P50 => Percentile(0.50);

    public double P90 => Percentile(0.90);

    public double P99 => Percentile(0.99);

    public double P999 => Percentile(0.999);

    public double MaxMs => SortedTicks.Length == 0 ? 0 : Ms(SortedTicks[^1]);

    public double Percentile(double p)
    {
        if (SortedTicks.Length == 0)
        {
            return 0;
        }

        // Nearest rank: the smallest value with at least p of the samples at or below it.
        int rank = (int)Math.Ceiling(p * SortedTicks.Length);
        return Ms(SortedTicks[Math.Clamp(rank - 1, 0, SortedTicks.Length - 1)]);
    }

    public string ErrorText => ErrorCount == 0
        ? "0"
        : string.Join(", ", Errors.OrderBy(e => e.Key).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Value:N0}×{(e.Key == 0 ? "conn" : e.Key)}"))
            .Concat(Dropped > 0 ? [string.Create(CultureInfo.InvariantCulture, $"{Dropped:N0} not sent (too many in flight)")] : []));

    public static PhaseResult From(string scenario, string load, int? clients, double? rate, TimeSpan measured, Window window, IEnumerable<Recorder> recorders, int okStatus)
    {
        var all = recorders.ToList();
        var ticks = all.SelectMany(r => r.Latencies).ToArray();
        Array.Sort(ticks);
        var statuses = new Dictionary<int, long>();
        foreach (var (status, count) in all.SelectMany(r => r.Statuses))
        {
            statuses[status] = statuses.GetValueOrDefault(status) + count;
        }

        long ok = statuses.GetValueOrDefault(okStatus);
        statuses.Remove(okStatus);
        return new PhaseResult(scenario, load, clients, rate, measured, ok, statuses, ticks, window);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Implementation,-6} {Load,-16} {PerSecond,10:N0}/s  p50 {P50,7:F2}  p90 {P90,7:F2}  p99 {P99,8:F2}  max {MaxMs,8:F1} ms  errors {ErrorText}  cpu {CoresUsed:F2} cores, {CpuMicrosPerRequest:N0} µs & {BytesPerRequest / 1024:N1} KiB per request, gen0 {Window.Gen0} gen2 {Window.Gen2}, GC pause {Window.GcPause.TotalMilliseconds:N0} ms");

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
