using MachiDx.Platform.Audit;
using MachiDx.Platform.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachiDx.Platform.Data;

/// <summary>Registers a module's context for the configured provider, with the platform's outbox and audit plumbing.</summary>
public static class ModuleDatabaseRegistration
{
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services, string moduleName)
        where TContext : DbContext, IModuleDbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        // Options are built once (singleton), not per request: they depend only on configuration.
        services.AddDbContext<TSqlite>(
            (sp, options) => options.UseSqlite(SqliteConnectionString(sp), sqlite => sqlite.MigrationsHistoryTable($"__{moduleName}_migrations")),
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddDbContext<TPostgres>(
            (sp, options) => options.UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString,
                npgsql => npgsql.MigrationsHistoryTable("__migrations", moduleName)),
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<TContext>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? sp.GetRequiredService<TPostgres>()
                : sp.GetRequiredService<TSqlite>());
        services.AddSingleton(new ModuleDatabase(moduleName, typeof(TContext)));
        services.AddSingleton<IOutboxSource, OutboxSource<TContext>>();
        services.AddSingleton<IAuditChainSource, AuditChainSource<TContext>>();
        return services;
    }

    /// <summary>The configured SQLite connection string with a relative file resolved against the content root (shared with the ledger engine).</summary>
    public static string SqliteConnectionString(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString;
        var builder = new SqliteConnectionStringBuilder(configured);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
            builder.DataSource = Path.Combine(root, builder.DataSource);
        }

        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(builder.DataSource))!);
        }

        builder.DefaultTimeout = 30;
        builder.ForeignKeys = true;
        return builder.ToString();
    }
}
