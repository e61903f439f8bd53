using MachiDx.Platform.Audit;
using MachiDx.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Data;

/// <summary>
/// What every module's DbContext carries besides its own tables: its audit chain, its outbox and its
/// inbox (processed-message records), each in the module's own tables, so that a module's change, its
/// audit entry and the events it publishes commit in one transaction.
/// </summary>
public interface IModuleDbContext
{
    /// <summary>Short module name, used as the PostgreSQL schema and the SQLite table prefix.</summary>
    string ModuleName { get; }

    /// <summary>The municipality whose rows this context may read and write; null means none.</summary>
    int? CurrentMunicipalityId { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<InboxRecord> InboxRecords { get; }
}
