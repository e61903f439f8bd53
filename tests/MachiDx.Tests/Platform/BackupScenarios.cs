using MachiDx.Platform.Data;
using MachiDx.Platform.Hosting;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Wallet;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace MachiDx.Tests.Platform;

/// <summary>
/// The documented backup and restore (docs/operations.md): a populated, running instance is backed up, the file is
/// restored into an empty database elsewhere, and the copy serves with its ledger invariants and audit chains intact.
/// </summary>
public abstract class BackupScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Fact]
    public async Task A_backup_restored_into_an_empty_database_has_the_same_money_and_intact_audit_chains()
    {
        // Populate beyond the demo: a counter charge and a payment, both in the ledger and the audit chains.
        var resident = await app.UserIdAsync("okawa", "jumin003");
        await app.ChargeAtCounterAsync("okawa", resident, 3_000);
        var api = await app.Api().SignInAsync("okawa", "jumin003");
        using (var paid = await api.PostAsync("/api/v1/okawa/wallet/payments", new { shopCode = "OKASHOP1", amountYen = 700, idempotencyKey = Guid.NewGuid().ToString() }))
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, paid.StatusCode);
        }

        var total = (await app.WalletAsync("okawa", resident)).Total;
        var original = await app.WithScopeAsync(null, sp => sp.GetRequiredService<IntegrityVerifier>().VerifyAsync(CancellationToken.None));
        Assert.All(original, r => Assert.True(r.Holds, $"{r.Check} {r.Scope}: {r.Detail}"));

        var directory = Directory.CreateTempSubdirectory("machidx-backup-").FullName;
        try
        {
            var file = Path.Combine(directory, "machidx.backup");
            await app.WithScopeAsync(null, async sp =>
            {
                await sp.GetRequiredService<DatabaseBackup>().BackupAsync(file, CancellationToken.None);
                // A backup never overwrites an earlier one.
                await Assert.ThrowsAsync<BackupException>(() => sp.GetRequiredService<DatabaseBackup>().BackupAsync(file, CancellationToken.None));
                return 0;
            });
            Assert.True(new FileInfo(file).Length > 0);

            await using var target = await TestDatabase.CreateAsync(app.Provider);
            await RestoreAsync(target, file);
            // Restoring twice is refused: the target is no longer empty.
            await Assert.ThrowsAsync<BackupException>(() => RestoreAsync(target, file));

            await using var copy = new CopyApp(target);
            await using var scope = copy.Services.CreateAsyncScope();
            var restored = await scope.ServiceProvider.GetRequiredService<IntegrityVerifier>().VerifyAsync(CancellationToken.None);
            Assert.All(restored, r => Assert.True(r.Holds, $"{r.Check} {r.Scope}: {r.Detail}"));
            Assert.Equal(original.Select(r => (r.Check, r.Scope, r.Detail)), restored.Select(r => (r.Check, r.Scope, r.Detail)));
            Assert.Contains(restored, r => r.Check == "currency ledger" && r.Scope == "okawa");
            Assert.Equal(total, await copy.WalletTotalAsync("okawa", resident));

            // The checks can fail: an edited audit entry on the copy is reported.
            foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
            {
                var entries = ((IModuleDbContext)module.Resolve(scope.ServiceProvider)).AuditEntries.IgnoreQueryFilters();
                if (await entries.OrderBy(e => e.Id).Select(e => (long?)e.Id).FirstOrDefaultAsync() is { } first)
                {
                    await entries.Where(e => e.Id == first).ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, "改ざん"));
                    break;
                }
            }

            var tampered = await scope.ServiceProvider.GetRequiredService<IntegrityVerifier>().VerifyAsync(CancellationToken.None);
            Assert.Contains(tampered, r => !r.Holds && r.Check == "audit chain");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Task RestoreAsync(TestDatabase target, string file)
    {
        // What `MachiDx restore FILE` does, without starting a host on the empty database.
        var services = new ServiceCollection()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Path.GetTempPath() })
            .AddSingleton(Options.Create(new DatabaseOptions { Provider = target.Provider, ConnectionString = target.ConnectionString }))
            .AddSingleton(Options.Create(new BackupOptions { PostgresBinDirectory = MachiDxApp.PostgresBinDirectory }))
            .AddSingleton<DatabaseBackup>()
            .BuildServiceProvider();
        return services.GetRequiredService<DatabaseBackup>().RestoreAsync(file, CancellationToken.None);
    }

    /// <summary>The application on the restored database: no demo data, nothing but what the backup held.</summary>
    private sealed class CopyApp(TestDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", database.Provider.ToString());
            builder.UseSetting("Database:ConnectionString", database.ConnectionString);
            builder.UseSetting("Database:MigrateOnStart", "true");
            builder.UseSetting("Demo:Enabled", "false");
            builder.UseSetting("Wallet:AutomaticPayouts", "false");
            builder.UseSetting("Email:PickupDirectory", Path.Combine(Path.GetTempPath(), "machidx-mail-" + Guid.NewGuid().ToString("N")));
            builder.UseSetting("DataProtection:KeysDirectory", Path.Combine(Path.GetTempPath(), "machidx-keys-" + Guid.NewGuid().ToString("N")));
        }

        public async Task<long> WalletTotalAsync(string city, Guid resident)
        {
            await using var scope = Services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var municipality = await sp.GetRequiredService<MunicipalityDirectory>().FindByCodeAsync(city, CancellationToken.None);
            sp.GetRequiredService<TenantContext>().Set(municipality!);
            var view = await sp.GetRequiredService<WalletBook>().ViewAsync(sp.GetRequiredService<WalletDbContext>(), municipality!.Id, resident, reload: true, CancellationToken.None);
            return view.Total;
        }
    }
}

public sealed class BackupOnSqlite(SqliteApp app) : BackupScenarios<SqliteApp>(app);

public sealed class BackupOnPostgres(PostgresApp app) : BackupScenarios<PostgresApp>(app);
