using MachiDx.Platform.Audit;
using MachiDx.Platform.Data;

namespace MachiDx.Platform.Hosting;

/// <summary>
/// Operator commands run instead of the web server:
///   migrate       apply every module's pending migrations (PostgreSQL deployments)
///   verify-audit  verify every audit chain; exit code 1 when one is broken
///   verify        every integrity check (audit chains, ledger invariants, the money rules per city); exit code 1 on a failure
///   backup FILE   back up the whole database to FILE (SQLite online backup, or pg_dump custom format)
///   restore FILE  restore FILE into the configured database, which must be empty (then run verify)
/// </summary>
internal static class CommandLine
{
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0)
        {
            return null;
        }

        switch (args[0])
        {
            case "migrate":
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
                    await Console.Out.WriteLineAsync("All migrations applied.");
                    return 0;
                }

            case "verify-audit":
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    var reports = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(null, null, CancellationToken.None);
                    foreach (var r in reports)
                    {
                        await Console.Out.WriteLineAsync(
                            $"{r.Module,-10} {r.Chain,-10} {r.Entries,8} entries  {(r.Intact ? "intact" : "BROKEN at " + r.BrokenAtSequence + ": " + r.Problem)}");
                    }

                    await Console.Out.WriteLineAsync(reports.All(r => r.Intact) ? "All audit chains are intact." : "An audit chain is broken.");
                    return reports.All(r => r.Intact) ? 0 : 1;
                }

            case "verify":
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    return await scope.ServiceProvider.GetRequiredService<IntegrityVerifier>().ReportAsync(Console.Out, CancellationToken.None);
                }

            case "backup" or "restore" when args.Length == 2:
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    var backup = scope.ServiceProvider.GetRequiredService<DatabaseBackup>();
                    try
                    {
                        await (args[0] == "backup" ? backup.BackupAsync(args[1], CancellationToken.None) : backup.RestoreAsync(args[1], CancellationToken.None));
                    }
                    catch (BackupException ex)
                    {
                        await Console.Error.WriteLineAsync(ex.Message);
                        return 1;
                    }

                    await Console.Out.WriteLineAsync(args[0] == "backup" ? $"Backed up to {args[1]}." : $"Restored from {args[1]}. Run 'verify' before serving.");
                    return 0;
                }

            case "backup" or "restore":
                await Console.Error.WriteLineAsync($"Usage: {args[0]} FILE");
                return 2;

            default:
                return null;
        }
    }
}
