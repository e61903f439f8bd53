using MachiDx.Personnel.FreeAgency;
using MachiDx.Personnel.Roster;
using MachiDx.Personnel.Seasons;
using MachiDx.Platform.Data;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Data;

/// <summary>The Personnel module's tables: roster, evaluations, overtime, draft seasons, FA declarations.</summary>
public abstract class PersonnelDbContext(DbContextOptions options, TenantContext tenant) : ModuleDbContext(options, tenant)
{
    public override string ModuleName => "personnel";

    public DbSet<StaffRecord> Staff => Set<StaffRecord>();

    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    public DbSet<OvertimeMonth> Overtime => Set<OvertimeMonth>();

    public DbSet<DraftSeason> Seasons => Set<DraftSeason>();

    public DbSet<SeasonDepartment> SeasonDepartments => Set<SeasonDepartment>();

    public DbSet<Nomination> Nominations => Set<Nomination>();

    public DbSet<DraftInput> DraftInputs => Set<DraftInput>();

    public DbSet<WishEntry> Wishes => Set<WishEntry>();

    public DbSet<CandidatePreference> CandidatePreferences => Set<CandidatePreference>();

    public DbSet<Secondment> Secondments => Set<Secondment>();

    public DbSet<FaDeclaration> Declarations => Set<FaDeclaration>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        StaffRecord.Configure(modelBuilder.Entity<StaffRecord>());
        Evaluation.Configure(modelBuilder.Entity<Evaluation>());
        OvertimeMonth.Configure(modelBuilder.Entity<OvertimeMonth>());
        DraftSeason.Configure(modelBuilder.Entity<DraftSeason>());
        SeasonDepartment.Configure(modelBuilder.Entity<SeasonDepartment>());
        Nomination.Configure(modelBuilder.Entity<Nomination>());
        DraftInput.Configure(modelBuilder.Entity<DraftInput>());
        WishEntry.Configure(modelBuilder.Entity<WishEntry>());
        CandidatePreference.Configure(modelBuilder.Entity<CandidatePreference>());
        Secondment.Configure(modelBuilder.Entity<Secondment>());
        FaDeclaration.Configure(modelBuilder.Entity<FaDeclaration>());
    }
}
