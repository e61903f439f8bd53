using MachiDx.Activities.Events;
using MachiDx.Activities.Groups;
using MachiDx.Activities.Health;
using MachiDx.Activities.Rewards;
using MachiDx.Platform.Data;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MachiDx.Activities.Data;

/// <summary>The Activities module's tables: reward rules and decisions, volunteer events and their groups, health records.</summary>
public abstract class ActivitiesDbContext(DbContextOptions options, TenantContext tenant) : ModuleDbContext(options, tenant)
{
    public override string ModuleName => "activities";

    public DbSet<RewardPolicy> Policies => Set<RewardPolicy>();

    public DbSet<RewardGrant> Grants => Set<RewardGrant>();

    public DbSet<RewardBudgetUse> BudgetUse => Set<RewardBudgetUse>();

    public DbSet<RewardMonthUse> MonthUse => Set<RewardMonthUse>();

    public DbSet<VolunteerEvent> Events => Set<VolunteerEvent>();

    public DbSet<EventRegistration> Registrations => Set<EventRegistration>();

    public DbSet<OrganizerGroup> Groups => Set<OrganizerGroup>();

    public DbSet<HealthRecord> HealthRecords => Set<HealthRecord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        RewardPolicy.Configure(modelBuilder.Entity<RewardPolicy>());
        RewardGrant.Configure(modelBuilder.Entity<RewardGrant>());
        RewardBudgetUse.Configure(modelBuilder.Entity<RewardBudgetUse>());
        RewardMonthUse.Configure(modelBuilder.Entity<RewardMonthUse>());
        VolunteerEvent.Configure(modelBuilder.Entity<VolunteerEvent>());
        EventRegistration.Configure(modelBuilder.Entity<EventRegistration>());
        OrganizerGroup.Configure(modelBuilder.Entity<OrganizerGroup>());
        HealthRecord.Configure(modelBuilder.Entity<HealthRecord>());
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
