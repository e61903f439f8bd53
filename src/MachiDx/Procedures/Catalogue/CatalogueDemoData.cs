using MachiDx.Platform.Demo;
using MachiDx.Platform.Tenancy;

namespace MachiDx.Procedures.Catalogue;

/// <summary>Demo cities adopt the whole national template.</summary>
internal sealed class CatalogueDemoData : IDemoDataContributor
{
    public int Order => 100;

    public Task SeedAsync(MunicipalityInfo municipality, IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<CatalogueAdoption>().AdoptMissingAsync(recordAudit: false, cancellationToken);
}
