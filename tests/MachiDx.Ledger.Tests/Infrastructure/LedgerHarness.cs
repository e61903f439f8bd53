using Microsoft.Extensions.Time.Testing;

namespace MachiDx.Ledger.Tests.Infrastructure;

/// <summary>
/// An engine on a real database with a fake clock, a fresh ledger number, and intent helpers.
/// Restart disposes the engine (drain) and opens a new one on the same database.
/// </summary>
public sealed class LedgerHarness : IAsyncDisposable
{
    private static int nextLedger = 1000;
    private readonly TempDirectory? directory;
    private readonly Func<LedgerEngine> factory;
    private readonly LedgerEngineOptions? options;

    private LedgerHarness(Provider provider, string connectionString, TempDirectory? directory, LedgerEngineOptions? options)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.directory = directory;
        Ledger = (uint)Interlocked.Increment(ref nextLedger);
        this.options = options;
        factory = provider == Provider.Sqlite
            ? () => LedgerEngine.ForSqlite(connectionString, options, Time)
            : () => LedgerEngine.ForPostgres(connectionString, options, Time);
        Engine = factory();
    }

    public Provider Provider { get; }

    public uint Ledger { get; }

    public string ConnectionString { get; }

    public LedgerEngineOptions? Options => options;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));

    public LedgerEngine Engine { get; private set; }

    public static async Task<LedgerHarness> StartAsync(Provider provider, PostgresDatabase? postgres = null, LedgerEngineOptions? options = null)
    {
        LedgerHarness harness;
        if (provider == Provider.Sqlite)
        {
            var directory = new TempDirectory();
            harness = new LedgerHarness(provider, directory.SqliteConnectionString(), directory, options);
        }
        else
        {
            ArgumentNullException.ThrowIfNull(postgres);
            harness = new LedgerHarness(provider, postgres.ConnectionString, null, options);
        }

        await harness.Engine.EnsureSchemaAsync();
        return harness;
    }

    /// <summary>A second engine on the same database (another "process").</summary>
    public LedgerEngine NewEngine(LedgerEngineOptions? engineOptions = null) => Provider == Provider.Sqlite
        ? LedgerEngine.ForSqlite(ConnectionString, engineOptions ?? options, Time)
        : LedgerEngine.ForPostgres(ConnectionString, engineOptions ?? options, Time);

    public async Task RestartAsync()
    {
        await Engine.DisposeAsync();
        Engine = factory();
    }

    public UInt128 NewId() => LedgerIds.NewTimeOrdered();

    /// <summary>Creates a wallet-like account (debits must not exceed credits).</summary>
    public Task<UInt128> WalletAsync() => AccountAsync(AccountFlags.DebitsMustNotExceedCredits);

    public async Task<UInt128> AccountAsync(AccountFlags flags = AccountFlags.None, ushort code = 1)
    {
        var id = NewId();
        var results = await Engine.CreateAccountsAsync(new[] { new Account(id, Ledger, code, flags) });
        Assert.Equal(AccountResultCode.Ok, results[0].Code);
        return id;
    }

    public Transfer Transfer(UInt128 debit, UInt128 credit, long amount, TransferFlags flags = TransferFlags.None) =>
        new(NewId(), debit, credit, amount, Ledger, 10, flags);

    public async Task<TransferResult> SubmitOneAsync(Transfer transfer) => (await Engine.SubmitAsync(new[] { transfer }))[0];

    public Task<TransferResult[]> SubmitAsync(params Transfer[] transfers) => Engine.SubmitAsync(transfers);

    /// <summary>Moves money into an account from an unconstrained source.</summary>
    public async Task FundAsync(UInt128 source, UInt128 account, long amount) =>
        Assert.Equal(TransferResultCode.Ok, (await SubmitOneAsync(Transfer(source, account, amount))).Code);

    public async Task<AccountBalance> BalanceAsync(UInt128 account) =>
        (await Engine.GetBalancesAsync(Ledger, new[] { account }))[0]!.Value.Balance;

    public async Task AssertInvariantsAsync()
    {
        var report = await Engine.CheckInvariantsAsync(Ledger);
        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Violations));
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        directory?.Dispose();
    }
}
