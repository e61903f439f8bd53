using MachiDx.Platform.Data;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace MachiDx.Procedures.Data;

internal sealed class SqliteProceduresDesignFactory : IDesignTimeDbContextFactory<SqliteProceduresDbContext>
{
    public SqliteProceduresDbContext CreateDbContext(string[] args) => new(DesignTime.SqliteOptions<SqliteProceduresDbContext>("procedures"), new TenantContext());
}

internal sealed class PostgresProceduresDesignFactory : IDesignTimeDbContextFactory<PostgresProceduresDbContext>
{
    public PostgresProceduresDbContext CreateDbContext(string[] args) => new(DesignTime.PostgresOptions<PostgresProceduresDbContext>("procedures"), new TenantContext());
}
