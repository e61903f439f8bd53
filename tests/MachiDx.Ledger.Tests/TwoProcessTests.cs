using MachiDx.Ledger.CrashWorker;
using MachiDx.Ledger.Tests.Infrastructure;

namespace MachiDx.Ledger.Tests;

/// <summary>Two hosts on one database: the second refuses writes while the first holds the ledger, then takes over.</summary>
public sealed class TwoProcessTests(PostgresDatabase postgres)
{
    public static TheoryData<Provider> Providers => [Provider.Sqlite, Provider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Another_process_holding_the_ledger_makes_this_one_refuse_writes_until_it_is_gone(Provider provider)
    {
        using var directory = new TempDirectory();
        string connectionString = provider == Provider.Sqlite ? directory.SqliteConnectionString() : postgres.ConnectionString;
        uint ledger = (uint)Random.Shared.Next(800_000, 899_999);
        using var other = CrashHarness.StartWorker(provider == Provider.Sqlite ? "sqlite" : "postgres", connectionString, ledger, Path.Combine(directory.Path, "acks.log"), seed: 1);
        try
        {
            Assert.Equal("ready", await other.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)));
            await using var engine = provider == Provider.Sqlite ? LedgerEngine.ForSqlite(connectionString) : LedgerEngine.ForPostgres(connectionString);
            var payment = new Transfer(LedgerIds.NewTimeOrdered(), CrashLoad.Source(ledger), CrashLoad.Wallet(ledger, 0), 5, ledger, 1);

            Assert.False(await engine.OpenLedgerAsync(ledger));
            Assert.Equal(TransferResultCode.LedgerOwnedByAnotherWriter, (await engine.SubmitAsync(new[] { payment }))[0].Code);

            other.Kill(entireProcessTree: true);
            await other.WaitForExitAsync();

            Assert.Equal(TransferResultCode.Ok, (await engine.SubmitAsync(new[] { payment }))[0].Code);
            Assert.True((await engine.CheckInvariantsAsync(ledger)).IsValid);
        }
        finally
        {
            if (!other.HasExited)
            {
                other.Kill(entireProcessTree: true);
            }
        }
    }
}
