using System.Linq.Expressions;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Data;

/// <summary>
/// The conventions every module context applies: platform tables (audit, outbox, inbox), the tenant
/// query filter on every <see cref="ITenantOwned"/> entity, and per-provider naming (a PostgreSQL schema
/// per module, a table prefix per module on SQLite).
/// </summary>
internal static class ModelConventions
{
    public const string TenantFilter = "tenant";

    public static void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<string>().HaveMaxLength(400);
    }

    public static void Apply<TContext>(ModelBuilder modelBuilder, TContext context)
        where TContext : DbContext, IModuleDbContext
    {
        AuditEntry.Configure(modelBuilder.Entity<AuditEntry>());
        OutboxMessage.Configure(modelBuilder.Entity<OutboxMessage>());
        InboxRecord.Configure(modelBuilder.Entity<InboxRecord>());

        ApplyTenantFilters(modelBuilder, context);
        ApplyNaming(modelBuilder, context);
    }

    private static void ApplyTenantFilters<TContext>(ModelBuilder modelBuilder, TContext context)
        where TContext : DbContext, IModuleDbContext
    {
        var tenantOwned = modelBuilder.Model.GetEntityTypes()
            .Where(t => t.BaseType is null && !t.IsOwned() && typeof(ITenantOwned).IsAssignableFrom(t.ClrType))
            .ToList();
        foreach (var entityType in tenantOwned)
        {
            // e => (int?)e.MunicipalityId == context.CurrentMunicipalityId
            // EF Core swaps the captured context for the executing one, so this is a query parameter.
            var e = Expression.Parameter(entityType.ClrType, "e");
            var rowTenant = Expression.Convert(Expression.Property(e, nameof(ITenantOwned.MunicipalityId)), typeof(int?));
            var current = Expression.Property(Expression.Constant(context), nameof(IModuleDbContext.CurrentMunicipalityId));
            var filter = Expression.Lambda(Expression.Equal(rowTenant, current), e);
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter, filter);
            modelBuilder.Entity(entityType.ClrType).HasIndex(nameof(ITenantOwned.MunicipalityId));
        }
    }

    private static void ApplyNaming<TContext>(ModelBuilder modelBuilder, TContext context)
        where TContext : DbContext, IModuleDbContext
    {
        if (context.Database.IsNpgsql())
        {
            modelBuilder.HasDefaultSchema(context.ModuleName);
            return;
        }

        var prefix = context.ModuleName + "_";
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var table = entityType.GetTableName();
            if (table is not null && !table.StartsWith(prefix, StringComparison.Ordinal))
            {
                entityType.SetTableName(prefix + table);
            }
        }
    }
}
