using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Jobs;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.Postal;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Data;

/// <summary>
/// The Platform module's tables: municipalities, identity, departments and staff membership,
/// resident profiles, jobs, the postal code directory, and the module's audit chain, outbox and inbox.
/// Provider-specific subclasses exist only so each provider has its own migration set.
/// </summary>
public abstract class PlatformDbContext(DbContextOptions options, TenantContext tenant)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IModuleDbContext
{
    public string ModuleName => "platform";

    public int? CurrentMunicipalityId => tenant.MunicipalityId;

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<ResidentProfile> ResidentProfiles => Set<ResidentProfile>();

    public DbSet<JobRecord> Jobs => Set<JobRecord>();

    /// <summary>The postal code directory: shared reference data, not owned by a municipality.</summary>
    public DbSet<PostalAddress> PostalAddresses => Set<PostalAddress>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxRecord> InboxRecords => Set<InboxRecord>();

    public DbSet<Web.SubmitOnce.FormSubmission> FormSubmissions => Set<Web.SubmitOnce.FormSubmission>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: saving runs the async audit and tenant pipeline.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        ModuleSaveChanges.SaveAsync(this, ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModelConventions.ConfigureConventions(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Municipality>(e =>
        {
            e.ToTable("municipalities");
            e.HasKey(m => m.Id);
            e.HasIndex(m => m.Code).IsUnique();
            e.HasIndex(m => m.LocalGovernmentCode).IsUnique();
            e.Property(m => m.Code).HasMaxLength(40);
            e.Property(m => m.Name).HasMaxLength(40);
            e.Property(m => m.Kana).HasMaxLength(60);
            e.Property(m => m.Prefecture).HasMaxLength(10);
            e.Property(m => m.LocalGovernmentCode).HasMaxLength(6);
            e.Property(m => m.SettingsJson).HasMaxLength(16000);
        });
        builder.Entity<AppUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(u => u.MunicipalityId);
        });
        Department.Configure(builder.Entity<Department>());
        StaffMember.Configure(builder.Entity<StaffMember>());
        ResidentProfile.Configure(builder.Entity<ResidentProfile>());
        JobRecord.Configure(builder.Entity<JobRecord>());
        Web.SubmitOnce.FormSubmission.Configure(builder.Entity<Web.SubmitOnce.FormSubmission>());
        PostalAddress.Configure(builder.Entity<PostalAddress>());
        ModelConventions.Apply(builder, this);
    }
}
