namespace MachiDx.Platform.Demo;

/// <summary>
/// A feature module's demo data, written after Platform's demo cities, departments and accounts exist.
/// Runs on every start with demo data enabled (never in Production), so it must skip what is already there.
/// </summary>
public interface IModuleDemoSeeder
{
    Task SeedAsync(CancellationToken ct);
}
