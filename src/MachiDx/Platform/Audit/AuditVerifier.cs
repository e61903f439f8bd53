namespace MachiDx.Platform.Audit;

/// <summary>Verifies the audit chains of every module, for one municipality or for the whole deployment.</summary>
public sealed class AuditVerifier(IEnumerable<IAuditChainSource> sources)
{
    /// <param name="municipalityId">Null verifies every chain, including the platform chain.</param>
    public async Task<IReadOnlyList<AuditChainReport>> VerifyAsync(int? municipalityId, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var reports = new List<AuditChainReport>();
        foreach (var source in sources)
        {
            var chains = municipalityId is null
                ? await source.ChainsAsync(cancellationToken)
                : [AuditEntry.ChainFor(municipalityId)];
            foreach (var chain in chains.Order(StringComparer.Ordinal))
            {
                reports.Add(await source.VerifyAsync(chain, progress, cancellationToken));
            }
        }

        return reports;
    }
}
