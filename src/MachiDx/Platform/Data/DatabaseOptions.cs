using System.ComponentModel.DataAnnotations;

namespace MachiDx.Platform.Data;

/// <summary>Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ADO.NET connection string. For SQLite, a relative Data Source is resolved against the content root.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/machidx.db";

    /// <summary>Apply pending migrations at start. On by default for the embedded SQLite run; PostgreSQL deployments use the migrate command.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
