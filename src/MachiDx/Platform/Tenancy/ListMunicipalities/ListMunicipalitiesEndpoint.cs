using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MachiDx.Platform.Tenancy.ListMunicipalities;

internal static class ListMunicipalitiesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet(ApiPaths.Municipalities, HandleAsync)
            .AllowAnonymous()
            .WithName("ListMunicipalities")
            .WithSummary("このサービスを利用している自治体 (Municipalities served here)")
            .WithTags("Municipalities");

    private static async Task<Ok<IReadOnlyList<MunicipalityInfo>>> HandleAsync(MunicipalityDirectory directory, CancellationToken ct) =>
        TypedResults.Ok(await directory.GetAllAsync(ct));
}
