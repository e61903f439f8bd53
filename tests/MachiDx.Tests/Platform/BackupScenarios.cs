using MachiDx.Platform.Data;
using MachiDx.Platform.Hosting;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Wallet;
using MachiDx.Wallet.Accounts;
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

    [Fact]
    public async Task A_truncated_corrupt_or_empty_backup_is_refused_with_a_bilingual_error_and_restores_nothing()
    {
        var directory = Directory.CreateTempSubdirectory("machidx-backup-").FullName;
        try
        {
            var (good, truncated) = await BackupAndTruncatedCopyAsync(directory);
            var garbage = Path.Combine(directory, "garbage.backup");
            await File.WriteAllBytesAsync(garbage, [.. Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 31 % 251))]);
            var empty = Path.Combine(directory, "empty.backup");
            await File.WriteAllBytesAsync(empty, []);
            Assert.True(new FileInfo(good).Length > new FileInfo(truncated).Length);

            foreach (var file in new[] { truncated, garbage, empty })
            {
                await using var target = await TestDatabase.CreateAsync(app.Provider);
                var refused = await Assert.ThrowsAsync<BackupException>(() => RestoreAsync(target, file));
                Assert.Contains("何も復元していません", refused.Message, StringComparison.Ordinal);
                Assert.Contains("nothing was restored", refused.Message, StringComparison.Ordinal);
                Assert.Equal(0, await TableCountAsync(target));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_backup_and_restore_commands_take_a_content_root_and_a_truncated_backup_ends_with_exit_code_1()
    {
        var directory = Directory.CreateTempSubdirectory("machidx-backup-").FullName;
        try
        {
            var (good, truncated) = await BackupAndTruncatedCopyAsync(directory);
            await using var target = await TestDatabase.CreateAsync(app.Provider);
            var contentRoot = Directory.CreateDirectory(Path.Combine(directory, "content root")).FullName;
            // SQLite: a path relative to the content root, so the database lands there only if --contentRoot is honoured.
            var connection = app.Provider == DatabaseProvider.Sqlite ? "Data Source=restored.db" : target.ConnectionString;
            await File.WriteAllTextAsync(Path.Combine(contentRoot, "appsettings.json"), System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["Database"] = new { Provider = app.Provider.ToString(), ConnectionString = connection },
                ["Backup"] = new { MachiDxApp.PostgresBinDirectory },
                ["DataProtection"] = new { KeysDirectory = "keys" },
            }));

            var (code, error) = await RunAsync(directory, "restore", truncated, "--contentRoot", contentRoot);
            Assert.True(code == 1, $"exit code {code}: {error}");
            Assert.Contains("何も復元していません", error, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(contentRoot, "restored.db")) && app.Provider == DatabaseProvider.Sqlite, "a refused restore created the database file");
            Assert.Equal(0, await TableCountAsync(target));

            (code, error) = await RunAsync(directory, "restore", good, "--contentRoot", contentRoot);
            Assert.True(code == 0, $"exit code {code}: {error}");
            if (app.Provider == DatabaseProvider.Sqlite)
            {
                Assert.True(File.Exists(Path.Combine(contentRoot, "restored.db")), "the restore did not use the content root");
            }
            else
            {
                Assert.True(await TableCountAsync(target) > 0);
            }

            var again = Path.Combine(directory, "again.backup");
            (code, error) = await RunAsync(directory, "--contentRoot", contentRoot, "backup", again);
            Assert.True(code == 0, $"exit code {code}: {error}");
            Assert.True(new FileInfo(again).Length > 0);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task<(string Good, string Truncated)> BackupAndTruncatedCopyAsync(string directory)
    {
        var good = Path.Combine(directory, "good.backup");
        await app.WithScopeAsync(null, async sp =>
        {
            await sp.GetRequiredService<DatabaseBackup>().BackupAsync(good, CancellationToken.None);
            return 0;
        });
        var bytes = await File.ReadAllBytesAsync(good);
        var truncated = Path.Combine(directory, "truncated.backup");
        await File.WriteAllBytesAsync(truncated, bytes.AsSpan(0, bytes.Length / 2).ToArray());
        return (good, truncated);
    }

    private static async Task<int> TableCountAsync(TestDatabase database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            if (!File.Exists(file))
            {
                return 0;
            }

            await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = file, Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await sqlite.OpenAsync();
            await using var count = sqlite.CreateCommand();
            count.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
            return Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        await using var postgres = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await postgres.OpenAsync();
        await using var tables = postgres.CreateCommand();
        tables.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')";
        return Convert.ToInt32(await tables.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The real program, as an operator runs it (`dotnet MachiDx.dll restore FILE --contentRoot DIR`), from another directory.</summary>
    private static async Task<(int Code, string Error)> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MachiDx.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var outputText = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await error) + (await outputText));
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
            var view = await sp.GetRequiredService<WalletBook>().ViewAsync(municipality!, resident, reload: true, CancellationToken.None);
            return view.Total;
        }
    }
}

public sealed class BackupOnSqlite(SqliteApp app) : BackupScenarios<SqliteApp>(app);

public sealed class BackupOnPostgres(PostgresApp app) : BackupScenarios<PostgresApp>(app);
