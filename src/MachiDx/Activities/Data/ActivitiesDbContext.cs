using MachiDx.Activities.Rewards;
using MachiDx.Platform.Data;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MachiDx.Activities.Data;

/// <summary>The Activities module's tables: reward rules and reward decisions (events and health activities come next).</summary>
public abstract class ActivitiesDbContext(DbContextOptions options, TenantContext tenant) : ModuleDbContext(options, tenant)
{
    public override string ModuleName => "activities";

    public DbSet<RewardPolicy> Policies => Set<RewardPolicy>();

    public DbSet<RewardGrant> Grants => Set<RewardGrant>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        RewardPolicy.Configure(modelBuilder.Entity<RewardPolicy>());
        RewardGrant.Configure(modelBuilder.Entity<RewardGrant>());
    }
}

public sealed class SqliteActivitiesDbContext(DbContextOptions<SqliteActivitiesDbContext> options, TenantContext tenant)
    : ActivitiesDbContext(options, tenant);

public sealed class PostgresActivitiesDbContext(DbContextOptions<PostgresActivitiesDbContext> options, TenantContext tenant)
    : ActivitiesDbContext(options, tenant);

internal sealed class SqliteActivitiesDesignFactory : IDesignTimeDbContextFactory<SqliteActivitiesDbContext>
{
    public SqliteActivitiesDbContext CreateDbContext(string[] args) => new(DesignTime.SqliteOptions<SqliteActivitiesDbContext>("activities"), new TenantContext());
}

internal sealed class PostgresActivitiesDesignFactory : IDesignTimeDbContextFactory<PostgresActivitiesDbContext>
{
    public PostgresActivitiesDbContext CreateDbContext(string[] args) => new(DesignTime.PostgresOptions<PostgresActivitiesDbContext>("activities"), new TenantContext());
}
