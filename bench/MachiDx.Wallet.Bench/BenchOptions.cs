using System.Globalization;

namespace MachiDx.Wallet.Bench;

/// <summary>Command line of the wallet benchmark.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        MachiDx.Wallet.Bench — HTTP payments against the real app on Kestrel loopback, and a naive EF Core endpoint.

          run (default)          max throughput over the concurrency levels, the naive baseline at the same levels,
                                 then an open-loop run at 50% of our max (G3); writes RESULTS.md
          --quick                smoke: 3 s per phase, 1 s warm-up, does not touch RESULTS.md unless --output is given
          --duration SECONDS     measured seconds per phase of ours (default 15)
          --warmup SECONDS       warm-up seconds before each phase (default 4)
          --jit-warmup SECONDS   payments at the highest concurrency before anything is measured, until the JIT has
                                 tiered the request path up (default 30; quick 5)
          --naive-duration S     measured seconds per naive phase (default 10)
          --concurrency LIST     closed-loop clients, e.g. 64,128,256 (default)
          --residents N          funded residents, one bearer token each (default 128)
          --amount YEN           yen per payment (default 100)
          --rate N               payments/s of the open-loop phase (default: 50% of our max)
          --postgres             PostgreSQL (needs MACHIDX_TEST_POSTGRES, see scripts/with-postgres.sh) instead of SQLite
          --output PATH          where to append the results (default: bench/MachiDx.Wallet.Bench/RESULTS.md on run)
          --no-write             print only
          --skip-naive           only ours (for profiling the payment path)
        """;

    public string Command { get; init; } = "run";

    public bool Quick { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(4);

    public TimeSpan NaiveDuration { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan JitWarmup { get; init; } = TimeSpan.FromSeconds(30);

    public IReadOnlyList<int> Concurrency { get; init; } = [64, 128, 256];

    public int Residents { get; init; } = 128;

    public long AmountYen { get; init; } = 100;

    public double? Rate { get; init; }

    public bool Postgres { get; init; }

    public string? Output { get; init; }

    public bool NoWrite { get; init; }

    public bool SkipNaive { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        bool quick = args.Contains("--quick");
        if (quick)
        {
            options = options with
            {
                Quick = true,
                Duration = TimeSpan.FromSeconds(3),
                Warmup = TimeSpan.FromSeconds(1),
                NaiveDuration = TimeSpan.FromSeconds(3),
                JitWarmup = TimeSpan.FromSeconds(5),
                Residents = 64,
                Concurrency = [32, 64],
            };
        }

        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "run" or "help" => options with { Command = args[i] },
                "-h" or "--help" => options with { Command = "help" },
                "--quick" => options,
                "--duration" => options with { Duration = Seconds(Next()) },
                "--warmup" => options with { Warmup = Seconds(Next()) },
                "--naive-duration" => options with { NaiveDuration = Seconds(Next()) },
                "--jit-warmup" => options with { JitWarmup = Seconds(Next()) },
                "--concurrency" => options with
                {
                    Concurrency = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
                },
                "--residents" => options with { Residents = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--amount" => options with { AmountYen = long.Parse(Next(), CultureInfo.InvariantCulture) },
                "--rate" => options with { Rate = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--postgres" => options with { Postgres = true },
                "--output" => options with { Output = Next() },
                "--no-write" => options with { NoWrite = true },
                "--skip-naive" => options with { SkipNaive = true },
                _ => throw new ArgumentException($"Unknown argument {args[i]}.\n{Usage}"),
            };
        }

        if (options.Concurrency.Count == 0 || options.Concurrency.Any(c => c <= 0) || options.Residents <= 0 || options.AmountYen <= 0)
        {
            throw new ArgumentException("Concurrency, residents and amount must be positive.");
        }

        return options;
    }

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
}
