using System.Globalization;

namespace MachiDx.Ledger.Bench;

/// <summary>One measured row of the results table.</summary>
internal sealed record Measurement(string Scenario, string Database, long Transfers, TimeSpan Elapsed, double P50Ms, double P99Ms, string Note = "")
{
    public double PerSecond => Transfers / Elapsed.TotalSeconds;

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
        $"{Scenario} [{Database}]: {PerSecond:N0} transfers/s, p50 {P50Ms:F2} ms, p99 {P99Ms:F2} ms ({Transfers:N0} in {Elapsed.TotalSeconds:F1} s) {Note}");
}
