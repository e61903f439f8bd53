using MachiDx.Platform.Audit;

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

/// <summary>Every module's audit chain, entry by entry.</summary>
internal sealed class AuditIntegrityCheck(AuditVerifier verifier) : IIntegrityCheck
{
    public async Task<IReadOnlyList<IntegrityResult>> CheckAsync(CancellationToken cancellationToken) =>
        [.. (await verifier.VerifyAsync(null, null, cancellationToken)).Select(r => new IntegrityResult(
            "audit chain", $"{r.Module}/{r.Chain}", r.Intact,
            r.Intact ? $"{r.Entries} entries intact" : $"broken at {r.BrokenAtSequence}: {r.Problem}"))];
}

/// <summary>Runs every registered check.</summary>
public sealed class IntegrityVerifier(IEnumerable<IIntegrityCheck> checks)
{
    public async Task<IReadOnlyList<IntegrityResult>> VerifyAsync(CancellationToken cancellationToken)
    {
        var results = new List<IntegrityResult>();
        foreach (var check in checks)
        {
            results.AddRange(await check.CheckAsync(cancellationToken));
        }

        return results;
    }
}
