using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Data;

/// <summary>The Personnel context on PostgreSQL: owns the PostgreSQL migration set.</summary>
public sealed class PostgresPersonnelDbContext(DbContextOptions<PostgresPersonnelDbContext> options, TenantContext tenant)
    : PersonnelDbContext(options, tenant);
