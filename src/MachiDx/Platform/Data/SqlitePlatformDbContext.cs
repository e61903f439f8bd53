using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Data;

/// <summary>The Platform context on SQLite: owns the SQLite migration set.</summary>
public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options, TenantContext tenant)
    : PlatformDbContext(options, tenant);
