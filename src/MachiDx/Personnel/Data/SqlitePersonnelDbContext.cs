using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Data;

/// <summary>The Personnel context on SQLite: owns the SQLite migration set.</summary>
public sealed class SqlitePersonnelDbContext(DbContextOptions<SqlitePersonnelDbContext> options, TenantContext tenant)
    : PersonnelDbContext(options, tenant);
