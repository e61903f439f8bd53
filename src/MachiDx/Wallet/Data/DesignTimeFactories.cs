using MachiDx.Platform.Data;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace MachiDx.Wallet.Data;

internal sealed class SqliteWalletDesignFactory : IDesignTimeDbContextFactory<SqliteWalletDbContext>
{
    public SqliteWalletDbContext CreateDbContext(string[] args) => new(DesignTime.SqliteOptions<SqliteWalletDbContext>("wallet"), new TenantContext());
}

internal sealed class PostgresWalletDesignFactory : IDesignTimeDbContextFactory<PostgresWalletDbContext>
{
    public PostgresWalletDbContext CreateDbContext(string[] args) => new(DesignTime.PostgresOptions<PostgresWalletDbContext>("wallet"), new TenantContext());
}
