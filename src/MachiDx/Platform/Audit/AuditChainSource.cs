using MachiDx.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Audit;

/// <summary>Reads and verifies the audit chains stored in one module's context.</summary>
internal sealed class AuditChainSource<TContext>(IServiceScopeFactory scopes) : IAuditChainSource
    where TContext : DbContext, IModuleDbContext
{
    private const int PageSize = 2000;

    public string ModuleName { get; } = typeof(TContext).Name.Replace("DbContext", "", StringComparison.Ordinal);

    public async Task<AuditChainReport> VerifyAsync(string chain, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var module = context.ModuleName;
        long expectedSequence = 1;
        var previousHash = "";
        while (true)
        {
            var from = expectedSequence;
            var page = await context.AuditEntries.AsNoTracking()
                .Where(e => e.Chain == chain && e.Sequence >= from)
                .OrderBy(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            foreach (var entry in page)
            {
                if (entry.Sequence != expectedSequence)
                {
                    return Broken(module, chain, expectedSequence, expectedSequence - 1, $"連番{expectedSequence}の記録が見つかりません（削除の可能性）。");
                }

                if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
                {
                    return Broken(module, chain, entry.Sequence, expectedSequence - 1, $"連番{entry.Sequence}の直前ハッシュが一致しません。");
                }

                if (!string.Equals(AuditHash.Compute(entry), entry.Hash, StringComparison.Ordinal))
                {
                    return Broken(module, chain, entry.Sequence, expectedSequence - 1, $"連番{entry.Sequence}の内容が記録時から変更されています。");
                }

                previousHash = entry.Hash;
                expectedSequence++;
            }

            progress?.Report(expectedSequence - 1);
            if (page.Count < PageSize)
            {
                return new AuditChainReport(module, chain, expectedSequence - 1, true, null, null);
            }
        }
    }

    public async Task<IReadOnlyList<string>> ChainsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        return await context.AuditEntries.AsNoTracking().Select(e => e.Chain).Distinct().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(string chain, int count, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        return await context.AuditEntries.AsNoTracking()
            .Where(e => e.Chain == chain)
            .OrderByDescending(e => e.Sequence)
            .Take(count)
            .ToListAsync(cancellationToken);
    }

    private static AuditChainReport Broken(string module, string chain, long at, long verified, string problem) =>
        new(module, chain, verified, false, at, problem);
}
