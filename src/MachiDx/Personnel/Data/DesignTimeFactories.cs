using MachiDx.Platform.Data;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace MachiDx.Personnel.Data;

public sealed class SqlitePersonnelDesignFactory : IDesignTimeDbContextFactory<SqlitePersonnelDbContext>
{
    public SqlitePersonnelDbContext CreateDbContext(string[] args) => new(DesignTime.SqliteOptions<SqlitePersonnelDbContext>("personnel"), new TenantContext());
}

public sealed class PostgresPersonnelDesignFactory : IDesignTimeDbContextFactory<PostgresPersonnelDbContext>
{
    public PostgresPersonnelDbContext CreateDbContext(string[] args) => new(DesignTime.PostgresOptions<PostgresPersonnelDbContext>("personnel"), new TenantContext());
}
