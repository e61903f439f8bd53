namespace MachiDx.Platform.Audit;

/// <summary>One module's audit table, for verification and the admin page.</summary>
public interface IAuditChainSource
{
    string ModuleName { get; }

    Task<AuditChainReport> VerifyAsync(string chain, IProgress<long>? progress, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ChainsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> RecentAsync(string chain, int count, CancellationToken cancellationToken);
}
