using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MachiDx.Platform.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build each provider's model without starting the app.
/// The connection strings are never opened.
/// </summary>
internal static class DesignTime
{
    public const string Sqlite = "Data Source=design-time.db";
    public const string Postgres = "Host=localhost;Database=design_time";

    public static DbContextOptions<T> SqliteOptions<T>(string module)
        where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseSqlite(Sqlite, o => o.MigrationsHistoryTable($"__{module}_migrations")).Options;

    public static DbContextOptions<T> PostgresOptions<T>(string module)
        where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseNpgsql(Postgres, o => o.MigrationsHistoryTable("__migrations", module)).Options;
}

internal sealed class SqlitePlatformDesignFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args) => new(DesignTime.SqliteOptions<SqlitePlatformDbContext>("platform"), new TenantContext());
}

internal sealed class PostgresPlatformDesignFactory : IDesignTimeDbContextFactory<PostgresPlatformDbContext>
{
    public PostgresPlatformDbContext CreateDbContext(string[] args) => new(DesignTime.PostgresOptions<PostgresPlatformDbContext>("platform"), new TenantContext());
}
