using MachiDx.Insight.DigiLab.Request;
using MachiDx.Insight.Inventory;
using MachiDx.Insight.Workload;
using MachiDx.Platform.Data;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MachiDx.Insight.Data;

/// <summary>The Insight module's tables: the work inventory, attendance months and the DigiLab desk.</summary>
public abstract class InsightDbContext(DbContextOptions options, TenantContext tenant) : ModuleDbContext(options, tenant)
{
    public override string ModuleName => "insight";

    public DbSet<WorkTask> Tasks => Set<WorkTask>();

    public DbSet<AttendanceMonth> Attendance => Set<AttendanceMonth>();

    public DbSet<DigiLabRequest> Requests => Set<DigiLabRequest>();

    public DbSet<UsageMonth> Usage => Set<UsageMonth>();

    public DbSet<FreedHours> FreedHours => Set<FreedHours>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        WorkTask.Configure(modelBuilder.Entity<WorkTask>());
        AttendanceMonth.Configure(modelBuilder.Entity<AttendanceMonth>());
        DigiLabRequest.Configure(modelBuilder.Entity<DigiLabRequest>());
        UsageMonth.Configure(modelBuilder.Entity<UsageMonth>());
        MachiDx.Insight.DigiLab.Request.FreedHours.Configure(modelBuilder.Entity<FreedHours>());
    }
}

public sealed class SqliteInsightDbContext(DbContextOptions<SqliteInsightDbContext> options, TenantContext tenant)
    : InsightDbContext(options, tenant);

public sealed class PostgresInsightDbContext(DbContextOptions<PostgresInsightDbContext> options, TenantContext tenant)
    : InsightDbContext(options, tenant);

internal sealed class SqliteInsightDesignFactory : IDesignTimeDbContextFactory<SqliteInsightDbContext>
{
    public SqliteInsightDbContext CreateDbContext(string[] args) => new(DesignTime.SqliteOptions<SqliteInsightDbContext>("insight"), new TenantContext());
}

internal sealed class PostgresInsightDesignFactory : IDesignTimeDbContextFactory<PostgresInsightDbContext>
{
    public PostgresInsightDbContext CreateDbContext(string[] args) => new(DesignTime.PostgresOptions<PostgresInsightDbContext>("insight"), new TenantContext());
}
