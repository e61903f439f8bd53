using MachiDx.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Audit;

/// <summary>
/// Links new audit records into their chains inside the transaction that saves them. Appends to one
/// chain are serialised: on PostgreSQL by a transaction-scoped advisory lock per chain, on SQLite by
/// the write lock that every (immediate) write transaction takes. The unique (chain, sequence) index
/// is the last line of defence: a fork can never be stored.
/// </summary>
internal static class AuditChainSealer
{
    public static async Task SealAsync(DbContext context, IReadOnlyList<AuditEntry> added, CancellationToken ct)
    {
        var entries = ((IModuleDbContext)context).AuditEntries;
        foreach (var chain in added.GroupBy(e => e.Chain).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (context.Database.IsNpgsql())
            {
                var key = LockKey(((IModuleDbContext)context).ModuleName, chain.Key);
                await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
            }

            var last = await entries.AsNoTracking()
                .Where(e => e.Chain == chain.Key)
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(ct);
            var sequence = last?.Sequence ?? 0;
            var previous = last?.Hash ?? "";
            foreach (var entry in chain)
            {
                entry.Sequence = ++sequence;
                entry.PreviousHash = previous;
                entry.OccurredAtUtc = AuditHash.TruncateToMicroseconds(entry.OccurredAtUtc);
                entry.Hash = AuditHash.Compute(entry);
                previous = entry.Hash;
            }
        }
    }

    private static long LockKey(string module, string chain)
    {
        // Stable across processes (string.GetHashCode is randomised per process).
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("audit/" + module + "/" + chain));
        return BitConverter.ToInt64(bytes, 0);
    }
}
