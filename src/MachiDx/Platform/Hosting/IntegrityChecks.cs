using MachiDx.Platform.Audit;
using MachiDx.Platform.Tenancy;

namespace MachiDx.Platform.Hosting;

/// <summary>One result of an integrity check: what was checked, for which scope, and whether it holds.</summary>
public sealed record IntegrityResult(string Check, string Scope, bool Holds, string Detail);

/// <summary>
/// A module's own consistency check over its stored data (audit chains, ledger invariants …), run by the
/// <c>verify</c> command after a restore or on a schedule.
/// </summary>
public interface IIntegrityCheck
{
    Task<IReadOnlyList<IntegrityResult>> CheckAsync(CancellationToken cancellationToken);
}

/// <summary>
/// A module's check of one municipality's data (a money rule such as "refunds ≤ payment"). It is resolved in a scope
/// bound to that municipality, so it injects its module's DbContext and reads only that city's rows, as a request would.
/// </summary>
public interface IMunicipalityIntegrityCheck
{
    Task<IReadOnlyList<IntegrityResult>> CheckAsync(MunicipalityInfo city, CancellationToken cancellationToken);
}

/// <summary>Every module's audit chain, entry by entry.</summary>
internal sealed class AuditIntegrityCheck(AuditVerifier verifier) : IIntegrityCheck
{
    public async Task<IReadOnlyList<IntegrityResult>> CheckAsync(CancellationToken cancellationToken) =>
        [.. (await verifier.VerifyAsync(null, null, cancellationToken)).Select(r => new IntegrityResult(
            "audit chain", $"{r.Module}/{r.Chain}", r.Intact,
            r.Intact ? $"{r.Entries} entries intact" : $"broken at {r.BrokenAtSequence}: {r.Problem}"))];
}

/// <summary>Runs every registered check: the global ones, then the per-municipality ones city by city.</summary>
public sealed class IntegrityVerifier(IEnumerable<IIntegrityCheck> checks, IServiceScopeFactory scopes, MunicipalityDirectory municipalities)
{
    public async Task<IReadOnlyList<IntegrityResult>> VerifyAsync(CancellationToken cancellationToken)
    {
        var results = new List<IntegrityResult>();
        foreach (var check in checks)
        {
            results.AddRange(await check.CheckAsync(cancellationToken));
        }

        foreach (var city in await municipalities.GetAllAsync(cancellationToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(city);
            foreach (var check in scope.ServiceProvider.GetServices<IMunicipalityIntegrityCheck>())
            {
                results.AddRange(await check.CheckAsync(city, cancellationToken));
            }
        }

        return results;
    }

    /// <summary>The <c>verify</c> command: one line per result, then a summary; the exit code is 1 when any check fails.</summary>
    public async Task<int> ReportAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var results = await VerifyAsync(cancellationToken);
        foreach (var r in results)
        {
            await output.WriteLineAsync($"{(r.Holds ? "ok    " : "FAILED")} {r.Check,-22} {r.Scope,-24} {r.Detail}");
        }

        var holds = results.All(r => r.Holds);
        await output.WriteLineAsync(holds ? "Every check holds." : "A check failed.");
        return holds ? 0 : 1;
    }
}
