using MachiDx.Platform.Audit;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Data;

/// <summary>
/// The save pipeline shared by every module context: stamps and guards the municipality of
/// tenant-owned rows, and seals new audit records into their hash chain in the same transaction.
/// </summary>
internal static class ModuleSaveChanges
{
    public static async Task<int> SaveAsync<TContext>(TContext context, Func<CancellationToken, Task<int>> save, CancellationToken ct)
        where TContext : DbContext, IModuleDbContext
    {
        GuardTenant(context);

        var audit = context.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .ToList();
        if (context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit records are append-only.");
        }

        if (audit.Count == 0)
        {
            return await save(ct);
        }

        if (context.Database.CurrentTransaction is not null)
        {
            await AuditChainSealer.SealAsync(context, audit, ct);
            return await save(ct);
        }

        var strategy = context.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            await using var tx = await context.Database.BeginTransactionAsync(token);
            await AuditChainSealer.SealAsync(context, audit, token);
            var written = await save(token);
            await tx.CommitAsync(token);
            return written;
        }, ct);
    }

    private static void GuardTenant<TContext>(TContext context)
        where TContext : DbContext, IModuleDbContext
    {
        foreach (var entry in context.ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var current = context.CurrentMunicipalityId;
            if (entry.State == EntityState.Added && entry.Entity.MunicipalityId == 0)
            {
                entry.Entity.MunicipalityId = current
                    ?? throw new CrossTenantWriteException("A municipality-owned row was added with no municipality bound.");
            }
            else if (current is { } id && entry.Entity.MunicipalityId != id)
            {
                throw new CrossTenantWriteException(
                    $"A row of municipality {entry.Entity.MunicipalityId} cannot be written while bound to municipality {id}.");
            }
        }
    }
}
