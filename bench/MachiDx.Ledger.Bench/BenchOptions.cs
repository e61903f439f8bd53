using System.Globalization;

namespace MachiDx.Ledger.Bench;

/// <summary>Command-line options; defaults give the full run, --quick a run of about two minutes.</summary>
internal sealed class BenchOptions
{
    public int Residents { get; private set; } = 100_000;

    public int Merchants { get; private set; } = 2_000;

    public int LargeResidents { get; private set; } = 1_000_000;

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(10);

    public TimeSpan NaiveDuration { get; private set; } = TimeSpan.FromSeconds(5);

    public int Clients { get; private set; } = 2_048;

    public int NaiveClients { get; private set; } = 8;

    public bool SkipLarge { get; private set; }

    public bool SkipPostgres { get; private set; }

    /// <summary>Scenarios to run (spread, bulk, restart, hot, large, baselines); empty = all. For focused experiments.</summary>
    public HashSet<string> Only { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool Runs(string scenario) => Only.Count == 0 || Only.Contains(scenario);

    public string? Output { get; private set; } = "bench/MachiDx.Ledger.Bench/RESULTS.md";

    public string Command { get; private set; } = "run";

    public int Kills { get; private set; } = 50;

    /// <summary>How long one incremental checkpoint pass takes (seconds; 0 every batch, -1 only at shutdown).</summary>
    public int CheckpointSeconds { get; private set; } = 5;

    public LedgerEngineOptions EngineOptions => new()
    {
        CheckpointInterval = CheckpointSeconds switch { < 0 => Timeout.InfiniteTimeSpan, 0 => TimeSpan.Zero, _ => TimeSpan.FromSeconds(CheckpointSeconds) },
    };

    public string Provider { get; private set; } = "both";

    public List<string> Positional { get; } = [];

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => args[++i];
            int Int() => int.Parse(Value(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--quick":
                    o.LargeResidents = 300_000;
                    o.Duration = TimeSpan.FromSeconds(4);
                    o.NaiveDuration = TimeSpan.FromSeconds(3);
                    break;
                case "--residents": o.Residents = Int(); break;
                case "--merchants": o.Merchants = Int(); break;
                case "--large-residents": o.LargeResidents = Int(); break;
                case "--seconds": o.Duration = TimeSpan.FromSeconds(Int()); break;
                case "--naive-seconds": o.NaiveDuration = TimeSpan.FromSeconds(Int()); break;
                case "--clients": o.Clients = Int(); break;
                case "--naive-clients": o.NaiveClients = Int(); break;
                case "--skip-large": o.SkipLarge = true; break;
                case "--skip-postgres": o.SkipPostgres = true; break;
                case "--only": o.Only.UnionWith(Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
                case "--no-output": o.Output = null; break;
                case "--output": o.Output = Value(); break;
                case "--kills": o.Kills = Int(); break;
                case "--checkpoint-seconds": o.CheckpointSeconds = Int(); break;
                case "--provider": o.Provider = Value(); break;
                case "run" or "crash" or "check" when i == 0: o.Command = args[i]; break;
                case "--help" or "-h": o.Command = "help"; break;
                default: o.Positional.Add(args[i]); break;
            }
        }

        return o;
    }

    public const string Usage = """
        MachiDx.Ledger.Bench — benchmark of the ledger engine against naive and batched baselines.
          run   [--quick] [--residents N] [--merchants N] [--large-residents N] [--seconds S] [--naive-seconds S]
                [--clients N] [--naive-clients N] [--checkpoint-seconds S] [--skip-large] [--skip-postgres] [--output FILE | --no-output]
                [--only spread,bulk,restart,hot,large,baselines]   a subset, for experiments
          crash [--kills 50] [--provider sqlite|postgres|both]      kill -9 harness (child worker under load)
          check <sqlite|postgres> <connection-string> <ledger>     invariant checker
        PostgreSQL: MACHIDX_TEST_POSTGRES (run under scripts/with-postgres.sh); each run makes and drops its own database.
        """;
}
