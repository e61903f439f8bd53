using Microsoft.Data.Sqlite;

namespace MachiDx.Ledger.Tests.Infrastructure;

/// <summary>A directory under the system temp folder, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("machidx-ledger-").FullName;

    public string SqliteConnectionString(string file = "ledger.db") => $"Data Source={System.IO.Path.Combine(Path, file)};Pooling=False";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a crashed child; the OS temp cleaner gets it.
        }
    }
}
