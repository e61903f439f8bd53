using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MachiDx.Platform.Identity.Register;

internal static class RegisterEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost(ApiPaths.Register, HandleAsync)
            .AllowAnonymous()
            .ContainsPersonalData()
            .RequireRateLimiting(RateLimitPolicies.Registration)
            .WithName("RegisterResident")
            .WithSummary("住民アカウントを作成する (Register a resident account)")
            .WithTags("Identity");

    private static async Task<Results<Created<RegisteredResident>, ValidationProblem>> HandleAsync(
        ResidentRegistrationInput input, TenantContext tenant, ResidentRegistration registration, CancellationToken ct)
    {
        var result = await registration.RegisterAsync(tenant.Required, input, ct);
        if (!result.Succeeded)
        {
            return ApiProblems.Validation(result.Errors);
        }

        return TypedResults.Created($"/api/v1/{tenant.Required.Code}/me", new RegisteredResident(result.UserId!.Value));
    }
}

internal sealed record RegisteredResident(Guid UserId);
