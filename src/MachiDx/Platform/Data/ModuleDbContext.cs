using MachiDx.Platform.Audit;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Data;

/// <summary>
/// Base of every feature module's context: the module's audit chain, outbox and inbox tables, the
/// tenant filter on <see cref="ITenantOwned"/> rows, per-provider naming, and the save pipeline.
/// A module derives its context from this, plus one empty Sqlite…/Postgres… subclass each for migrations.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, TenantContext tenant) : DbContext(options), IModuleDbContext
{
    public abstract string ModuleName { get; }

    public int? CurrentMunicipalityId => tenant.MunicipalityId;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxRecord> InboxRecords => Set<InboxRecord>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: saving runs the async audit and tenant pipeline.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        ModuleSaveChanges.SaveAsync(this, ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModelConventions.ConfigureConventions(configurationBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        ModelConventions.Apply(modelBuilder, this);
    }

    /// <summary>The module's own entity configuration.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);
}
