namespace MachiDx.Platform.Data;

/// <summary>The relational providers MachiDX runs on. SQLite is the embedded default.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
