using System.Diagnostics;
using System.Globalization;

namespace MachiDx.Ledger.CrashWorker;

/// <summary>
/// Runs the worker as a child process under load, kills it with SIGKILL at random moments, restarts it, and finally
/// checks that every acknowledged transfer is stored exactly as acknowledged, once, and that the invariants hold.
/// </summary>
public static class CrashHarness
{
    public sealed record Outcome(int Kills, int Acknowledged, int Stored, LedgerInvariantReport Report, IReadOnlyList<string> Problems);

    public static async Task<Outcome> RunAsync(string provider, string connectionString, uint ledger, int kills, int seed, TimeSpan minRun, TimeSpan maxRun, string workDirectory)
    {
        string ackPath = Path.Combine(workDirectory, string.Create(CultureInfo.InvariantCulture, $"acks-{provider}-{ledger}.log"));
        var random = new Random(seed);
        var problems = new List<string>();
        for (int kill = 0; kill < kills; kill++)
        {
            using var child = StartWorker(provider, connectionString, ledger, ackPath, (seed * 1000) + kill);
            var stderr = child.StandardError.ReadToEndAsync();
            string? line = await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            if (line != "ready")
            {
                await child.WaitForExitAsync();
                problems.Add($"start {kill}: worker said '{line}', exit {child.ExitCode}: {await stderr}");
                break;
            }

            int runMs = random.Next((int)minRun.TotalMilliseconds, (int)maxRun.TotalMilliseconds);
            await Task.Delay(runMs);
            child.Kill(entireProcessTree: true); // SIGKILL
            await child.WaitForExitAsync();
        }

        // Verify in this process: every acknowledged transfer must come back as Exists (present, same fields).
        var acknowledged = AckLog.Read(ackPath);
        using var engine = provider == "postgres" ? LedgerEngine.ForPostgres(connectionString) : LedgerEngine.ForSqlite(connectionString);
        int stored = 0;
        foreach (var chunk in acknowledged.Chunk(500))
        {
            var results = await Task.WhenAll(chunk.Select(call => engine.SubmitAsync(call)));
            for (int c = 0; c < chunk.Length; c++)
            {
                for (int i = 0; i < chunk[c].Length; i++)
                {
                    if (results[c][i].Code == TransferResultCode.Exists)
                    {
                        stored++;
                    }
                    else if (problems.Count < 20)
                    {
                        problems.Add($"acknowledged transfer {chunk[c][i].Id:X} came back {results[c][i].Code}");
                    }
                }
            }
        }

        var report = await engine.CheckInvariantsAsync(ledger);
        int acknowledgedTransfers = acknowledged.Sum(call => call.Length);
        if (report.Transfers < acknowledgedTransfers)
        {
            problems.Add($"the ledger holds {report.Transfers} transfers, fewer than the {acknowledgedTransfers} acknowledged");
        }

        problems.AddRange(report.Violations);
        return new Outcome(kills, acknowledgedTransfers, stored, report, problems);
    }

    /// <summary>Starts the worker under load; it prints "ready" once it holds the ledger and begins.</summary>
    public static Process StartWorker(string provider, string connectionString, uint ledger, string ackPath, int seed)
    {
        const string command = "run";
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var info = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(WorkerPath());
        foreach (string arg in new[] { command, provider, connectionString, ledger.ToString(CultureInfo.InvariantCulture), ackPath, seed.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start the crash worker");
    }

    /// <summary>The worker's own build output (it has its runtimeconfig there), found from the repository root.</summary>
    private static string WorkerPath()
    {
        string here = Path.GetDirectoryName(typeof(CrashHarness).Assembly.Location)!;
        if (File.Exists(Path.Combine(here, "MachiDx.Ledger.CrashWorker.runtimeconfig.json")))
        {
            return Path.Combine(here, "MachiDx.Ledger.CrashWorker.dll");
        }

        var directory = new DirectoryInfo(here);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MachiDx.slnx")))
        {
            directory = directory.Parent;
        }

        string bin = Path.Combine(directory?.FullName ?? here, "tests", "MachiDx.Ledger.CrashWorker", "bin");
        return Directory.GetFiles(bin, "MachiDx.Ledger.CrashWorker.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .First();
    }
}
