using MachiDx.Platform.Data;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Applications;
using MachiDx.Procedures.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Data;

/// <summary>The Procedures module's tables: the city catalogue, the city's guide graphs, applications, counter cases.</summary>
public abstract class ProceduresDbContext(DbContextOptions options, TenantContext tenant) : ModuleDbContext(options, tenant)
{
    public override string ModuleName => "procedures";

    public DbSet<CityProcedure> CityProcedures => Set<CityProcedure>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();

    public DbSet<ApplicationDraft> ApplicationDrafts => Set<ApplicationDraft>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<LifeEvents.CityGuide> CityGuides => Set<LifeEvents.CityGuide>();

    internal DbSet<Kpi.CaseCount> CaseCounts => Set<Kpi.CaseCount>();

    internal DbSet<ReceiptCounter> ReceiptCounters => Set<ReceiptCounter>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        CityProcedure.Configure(modelBuilder.Entity<CityProcedure>());
        Application.Configure(modelBuilder.Entity<Application>());
        ApplicationEvent.Configure(modelBuilder.Entity<ApplicationEvent>());
        ApplicationDraft.Configure(modelBuilder.Entity<ApplicationDraft>());
        StoredFile.Configure(modelBuilder.Entity<StoredFile>());
        Catalogue.Search.SearchMiss.Configure(modelBuilder.Entity<Catalogue.Search.SearchMiss>());
        Kpi.CaseCount.Configure(modelBuilder.Entity<Kpi.CaseCount>());
        Catalogue.Synonyms.StaffSynonymGroup.Configure(modelBuilder.Entity<Catalogue.Synonyms.StaffSynonymGroup>());
        LifeEvents.CityGuide.Configure(modelBuilder.Entity<LifeEvents.CityGuide>());
        ReceiptCounter.Configure(modelBuilder.Entity<ReceiptCounter>());
    }
}
