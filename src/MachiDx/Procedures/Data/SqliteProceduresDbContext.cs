using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Data;

public sealed class SqliteProceduresDbContext(DbContextOptions<SqliteProceduresDbContext> options, TenantContext tenant)
    : ProceduresDbContext(options, tenant);
