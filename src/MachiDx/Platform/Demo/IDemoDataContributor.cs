using MachiDx.Platform.Tenancy;

namespace MachiDx.Platform.Demo;

/// <summary>
/// A module's demo data for one municipality. Called at start when demo data is enabled (never in
/// Production), after the platform's own demo data, in a scope bound to the municipality.
/// Must be idempotent: it runs on every start.
/// </summary>
public interface IDemoDataContributor
{
    int Order { get; }

    Task SeedAsync(MunicipalityInfo municipality, IServiceProvider services, CancellationToken cancellationToken);
}
