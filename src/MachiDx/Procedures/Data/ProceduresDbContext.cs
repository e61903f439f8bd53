using MachiDx.Platform.Data;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Data;

/// <summary>The Procedures module's tables: the city catalogue, applications, counter cases.</summary>
public abstract class ProceduresDbContext(DbContextOptions options, TenantContext tenant) : ModuleDbContext(options, tenant)
{
    public override string ModuleName => "procedures";

    public DbSet<CityProcedure> CityProcedures => Set<CityProcedure>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        CityProcedure.Configure(modelBuilder.Entity<CityProcedure>());
    }
}
