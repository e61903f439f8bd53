using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Data;

/// <summary>The Platform context on PostgreSQL: owns the PostgreSQL migration set.</summary>
public sealed class PostgresPlatformDbContext(DbContextOptions<PostgresPlatformDbContext> options, TenantContext tenant)
    : PlatformDbContext(options, tenant);
