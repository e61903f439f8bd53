using MachiDx.Ledger;
using MachiDx.Platform.Data;
using Microsoft.Extensions.Options;

namespace MachiDx.Wallet.Accounts;

/// <summary>
/// The process's one ledger engine, on the application's database (SQLite file or PostgreSQL). Stopping the host
/// drains the writers, so every acknowledged payment is durable before the process exits. Code that reads or writes
/// the ledger injects <see cref="ILedger"/> (registered as <see cref="Engine"/>), not this class.
/// </summary>
public sealed class WalletLedger : IHostedService, IAsyncDisposable
{
    private readonly LedgerEngine engine;

    public WalletLedger(IServiceProvider services, IOptions<DatabaseOptions> database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        engine = database.Value.Provider == DatabaseProvider.Postgres
            ? LedgerEngine.ForPostgres(database.Value.ConnectionString, time: time)
            : LedgerEngine.ForSqlite(ModuleDatabaseRegistration.SqliteConnectionString(services), time: time);
    }

    public ILedger Engine => engine;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await engine.DisposeAsync();

    public ValueTask DisposeAsync() => engine.DisposeAsync();
}
