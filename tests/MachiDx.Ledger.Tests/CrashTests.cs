using MachiDx.Ledger.CrashWorker;
using MachiDx.Ledger.Tests.Infrastructure;

namespace MachiDx.Ledger.Tests;

/// <summary>kill -9 of a child process under load, on both databases (6 + 6 kills).</summary>
public sealed class CrashTests(PostgresDatabase postgres)
{
    [Fact]
    public async Task SQLite_keeps_every_acknowledged_transfer_through_kill_9() =>
        await RunAsync("sqlite", null);

    [Fact]
    public async Task PostgreSQL_keeps_every_acknowledged_transfer_through_kill_9() =>
        await RunAsync("postgres", postgres.ConnectionString);

    private static async Task RunAsync(string provider, string? connectionString)
    {
        using var directory = new TempDirectory();
        connectionString ??= directory.SqliteConnectionString();
        uint ledger = (uint)Random.Shared.Next(900_000, 999_999);
        int seed = Random.Shared.Next(1, 10_000);

        var outcome = await CrashHarness.RunAsync(provider, connectionString, ledger, kills: 6, seed, TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(900), directory.Path);

        Assert.True(outcome.Problems.Count == 0, $"seed {seed}: " + string.Join(Environment.NewLine, outcome.Problems));
        Assert.True(outcome.Acknowledged > 100, $"only {outcome.Acknowledged} transfers were acknowledged: the load did not run");
        Assert.Equal(outcome.Acknowledged, outcome.Stored);
    }
}
