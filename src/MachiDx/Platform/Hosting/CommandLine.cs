using MachiDx.Platform.Audit;
using MachiDx.Platform.Data;

namespace MachiDx.Platform.Hosting;

/// <summary>
/// Operator commands run instead of the web server:
///   migrate       apply every module's pending migrations (PostgreSQL deployments)
///   verify-audit  verify every audit chain; exit code 1 when one is broken
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

            default:
                return null;
        }
    }
}
