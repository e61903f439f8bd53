using System.Diagnostics;

namespace MachiDx.Procedures.Bench;

/// <summary>Wall-clock samples of one engine, per query and overall, in milliseconds.</summary>
internal sealed class Latency
{
    private readonly Dictionary<string, List<double>> byQuery = new(StringComparer.Ordinal);
    private readonly List<double> all = [];
    private readonly List<double> cpu = [];

    public void Measure(string query, Action run)
    {
        var cpuStart = ThreadCpuClock.NowMs();
        var start = Stopwatch.GetTimestamp();
        run();
        var milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (cpuStart is { } before && ThreadCpuClock.NowMs() is { } after)
        {
            cpu.Add(after - before);
        }

        if (!byQuery.TryGetValue(query, out var samples))
        {
            byQuery[query] = samples = [];
        }

        samples.Add(milliseconds);
        all.Add(milliseconds);
    }

    public double P50(string query) => Percentile(byQuery[query], 0.50);

    public double P99(string query) => Percentile(byQuery[query], 0.99);

    public double P50All => Percentile(all, 0.50);

    public double P99All => Percentile(all, 0.99);

    public int Samples => all.Count;

    /// <summary>Thread CPU time percentiles (the searching thread only), or null without the clock.</summary>
    public double? CpuP50 => cpu.Count == 0 ? null : Percentile(cpu, 0.50);

    public double? CpuP99 => cpu.Count == 0 ? null : Percentile(cpu, 0.99);

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(List<double> samples, double p)
    {
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
