using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Data;

public sealed class PostgresProceduresDbContext(DbContextOptions<PostgresProceduresDbContext> options, TenantContext tenant)
    : ProceduresDbContext(options, tenant);
