using System.Globalization;

namespace MachiDx.Ledger.Bench;

/// <summary>One measured row of the results table.</summary>
internal sealed record Measurement(string Scenario, string Database, long Transfers, TimeSpan Elapsed, double P50Ms, double P99Ms, string Note = "")
{
    public double PerSecond => Transfers / Elapsed.TotalSeconds;

    /// <summary>CPU time this process used during the measurement (engine, callers and SQLite; not the PostgreSQL server).</summary>
    public TimeSpan Cpu { get; init; }

    /// <summary>Cores this process kept busy on average; below 2 on this machine means it waited for I/O or for other work.</summary>
    public double CoresUsed => Cpu.TotalSeconds / Elapsed.TotalSeconds;

    public double PerCpuSecond => Cpu > TimeSpan.Zero ? Transfers / Cpu.TotalSeconds : 0;

    public static TimeSpan ProcessCpu() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    public static Measurement From(string scenario, string database, long transfers, TimeSpan elapsed, List<long> latencyTicks, string note = "")
    {
        latencyTicks.Sort();
        double Percentile(double p) => latencyTicks.Count == 0
            ? 0
            : latencyTicks[Math.Min(latencyTicks.Count - 1, (int)(p * latencyTicks.Count))] * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
        return new Measurement(scenario, database, transfers, elapsed, Percentile(0.50), Percentile(0.99), note);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Scenario} [{Database}]: {PerSecond:N0} transfers/s, p50 {P50Ms:F2} ms, p99 {P99Ms:F2} ms ({Transfers:N0} in {Elapsed.TotalSeconds:F1} s, {CoresUsed:F2} cores, {PerCpuSecond:N0}/CPU-s) {Note}");
}
