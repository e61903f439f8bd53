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
/// Host options (--contentRoot DIR, --Database:Provider=…) may stand anywhere on the line, as for the server.
/// </summary>
internal static class CommandLine
{
    /// <summary>
    /// Separates the command's own words ("restore", "FILE") from the host's options ("--contentRoot DIR",
    /// "--key=value"). The host's command-line configuration must see only options: given "restore /b/x.backup" it
    /// would read "/b/x.backup" as a key (a leading slash marks one) and swallow the next argument as its value.
    /// </summary>
    public static (string[] Command, string[] Host) Split(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = new List<string>();
        var host = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                host.Add(args[i]);
                if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    host.Add(args[++i]);
                }
            }
            else
            {
                command.Add(args[i]);
            }
        }

        return ([.. command], [.. host]);
    }

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
                    catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
                    {
                        // Whatever else the file or the database answers is an error message and exit code 1, not a crash.
                        await Console.Error.WriteLineAsync($"{args[0]} failed: {ex.Message} / {(args[0] == "backup" ? "バックアップ" : "復元")}できませんでした。");
                        return 1;
                    }

                    await Console.Out.WriteLineAsync(args[0] == "backup" ? $"Backed up to {args[1]}." : $"Restored from {args[1]}. Run 'verify' before serving.");
                    return 0;
                }

            case "backup" or "restore":
                await Console.Error.WriteLineAsync($"Usage: {args[0]} FILE [--contentRoot DIR]");
                return 2;

            default:
                return null;
        }
    }
}
