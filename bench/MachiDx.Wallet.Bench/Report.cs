using System.Globalization;
using System.Text;

namespace MachiDx.Wallet.Bench;

/// <summary>The markdown section appended to RESULTS.md for one run.</summary>
internal static class Report
{
    public const string Header = """
        # Wallet HTTP payment benchmark results

        Produced by `dotnet run --project bench/MachiDx.Wallet.Bench -c Release -- run` (see README.md). Each run appends a
        section. Throughput counts payments answered 201 inside the measured window; latencies are client-side, from
        sending the request to reading the whole response (open loop: from the scheduled send time).

        """;

    public static string DefaultPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MachiDx.slnx")))
            {
                return Path.Combine(dir.FullName, "bench", "MachiDx.Wallet.Bench", "RESULTS.md");
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "RESULTS.md");
    }

    public static string Build(
        BenchOptions options, string database, DateTime started, string loadBefore, string loadAfter, IReadOnlyList<PhaseResult> results,
        IReadOnlyDictionary<int, PhaseResult> ours, IReadOnlyDictionary<int, PhaseResult> naive, PhaseResult half, IReadOnlyList<(string Piece, double Micros)> pieces,
        bool moneyOk, IReadOnlyList<string> money, IReadOnlyList<string> notes, IReadOnlyList<string> errorSamples)
    {
        var s = new StringBuilder();
        void Line(FormattableString text) => s.AppendLine(text.ToString(CultureInfo.InvariantCulture));

        Line($"## {started:yyyy-MM-dd HH:mm} UTC — {database}{(options.Quick ? " (quick smoke)" : "")}");
        s.AppendLine();
        Line($"- Machine: {Machine.Describe()}.");
        Line($"- Other work on the machine: before the run {loadBefore}; after {loadAfter}.");
        Line($"- Setup: the real app (Program) on Kestrel 127.0.0.1, environment \"Bench\", logging at Warning, {database}; city okawa, shop OKASHOP1; {options.Residents} residents funded with 10,000,000 yen each at the counter (ChargeDesk) plus the demo campaign's premium; one bearer token each; {options.AmountYen} yen per payment, a new idempotency key per payment.");
        Line($"- Load: first {options.JitWarmup.TotalSeconds:N0} s of payments at the highest concurrency, not measured (JIT tiering). Then closed loop, C clients each paying back-to-back (client i is resident i mod {options.Residents}); {options.Warmup.TotalSeconds:N0} s warm-up then {options.Duration.TotalSeconds:N0} s measured per level for ours, {options.NaiveDuration.TotalSeconds:N0} s for the naive endpoint. HTTP/1.1 keep-alive, one connection per client.");
        Line($"- The load driver runs in the same process as the server and shares its {Environment.ProcessorCount} cores: \"CPU\" below is the whole process (server + driver), so the server alone had less than that. The \"health\" row (GET /health/live: same middleware, no auth, no body) shows what this HTTP stack and driver reach here at best.");
        s.AppendLine();
        s.AppendLine("| Endpoint | Load | Payments/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | Errors | CPU cores | CPU µs/req | KiB alloc/req |");
        s.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|");
        foreach (var r in results)
        {
            Line($"| {Name(r)} | {r.Load} | {r.PerSecond:N0} | {r.P50:F2} | {r.P90:F2} | {r.P99:F2} | {r.P999:F2} | {r.MaxMs:F1} | {r.ErrorText} | {r.CoresUsed:F2} | {r.CpuMicrosPerRequest:N0} | {r.BytesPerRequest / 1024:N1} |");
        }

        s.AppendLine();
        if (naive.Count > 0)
        {
            s.AppendLine("| Clients | Ours /s | Naive /s | Ours ÷ naive | Ours p99 ms | Naive p99 ms |");
            s.AppendLine("|---:|---:|---:|---:|---:|---:|");
            foreach (var (clients, o) in ours.OrderBy(p => p.Key))
            {
                if (naive.TryGetValue(clients, out var n))
                {
                    Line($"| {clients} | {o.PerSecond:N0} | {n.PerSecond:N0} | {Ratio(o.PerSecond, n.PerSecond)} | {o.P99:F2} | {n.P99:F2} |");
                }
            }

            s.AppendLine();
        }

        var max = ours.Values.MaxBy(r => r.PerSecond)!;
        var naiveMax = naive.Values.MaxBy(r => r.PerSecond);
        var withinP99 = ours.Values.Where(r => r.P99 <= 50).MaxBy(r => r.PerSecond);
        s.AppendLine("### Goals");
        s.AppendLine();
        Line($"- Our maximum: {max.PerSecond:N0} payments/s at {max.Load} clients (p99 {max.P99:F2} ms).");
        if (naiveMax is not null)
        {
            Line($"- Naive maximum: {naiveMax.PerSecond:N0} payments/s at {naiveMax.Load} clients (p99 {naiveMax.P99:F2} ms); ours ÷ naive at the maxima = {Ratio(max.PerSecond, naiveMax.PerSecond)}.");
        }

        bool g2Rate = withinP99 is not null && withinP99.PerSecond >= 10_000;
        bool g2Ratio = naiveMax is not null && max.PerSecond >= 10 * naiveMax.PerSecond
            && ours.All(o => !naive.TryGetValue(o.Key, out var n) || o.Value.PerSecond >= 10 * n.PerSecond);
        string ratioText = naiveMax is null ? "not measured" : g2Ratio ? "met at every level" : "NOT met";
        string rateText = withinP99 is null
            ? "no level had p99 ≤ 50 ms"
            : string.Create(CultureInfo.InvariantCulture, $"best level with p99 ≤ 50 ms: {withinP99.PerSecond:N0}/s at {withinP99.Load} clients (p99 {withinP99.P99:F2} ms)");
        Line($"- **G2** (≥ 10× naive, and ≥ 10,000 payments/s with p99 ≤ 50 ms): ratio {ratioText}; rate {rateText} → **{(g2Rate && g2Ratio ? "met" : "NOT met")}**.");
        bool g3 = half.P99 <= 10 && half.ErrorCount == 0;
        Line($"- **G3** (p99 ≤ 10 ms at half of our maximum): open loop at {half.OfferedRate:N0}/s → {half.PerSecond:N0}/s answered, p50 {half.P50:F2} ms, p99 {half.P99:F2} ms, p99.9 {half.P999:F2} ms, errors {half.ErrorText} → **{(g3 ? "met" : "NOT met")}**.");
        s.AppendLine();
        s.AppendLine("Pieces of one request timed alone on one thread (thread CPU µs per call, median of 5 × 2,000):");
        s.AppendLine();
        foreach (var (piece, micros) in pieces)
        {
            Line($"- {micros:N1} µs — {piece}");
        }

        s.AppendLine();
        Line($"Money check: **{(moneyOk ? "OK" : "FAILED")}**.");
        foreach (var line in money)
        {
            Line($"- {line}");
        }

        foreach (var note in notes)
        {
            s.AppendLine();
            s.AppendLine(note);
        }

        if (errorSamples.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("First error answers:");
            foreach (var e in errorSamples)
            {
                Line($"- `{e.ReplaceLineEndings(" ")[..Math.Min(e.Length, 300)]}`");
            }
        }

        return s.ToString();
    }

    private static string Name(PhaseResult r) => r.Implementation switch
    {
        "ours" => "ours `POST /api/v1/okawa/wallet/payments`",
        "naive" => "naive `POST /bench/naive/okawa/payments`",
        "in-process" => "ours without HTTP (`PaymentDesk.PayAsync`)",
        _ => "health `GET /health/live`",
    };

    private static string Ratio(double a, double b) => b <= 0 ? "∞" : string.Create(CultureInfo.InvariantCulture, $"{a / b:N1}×");
}
