using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace MachiDx.Platform.Identity.Login;

internal static class TokenEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost(ApiPaths.Token, HandleAsync)
            .AllowAnonymous()
            .ContainsPersonalData()
            .RequireRateLimiting(RateLimitPolicies.Login)
            .WithName("IssueToken")
            .WithSummary("ベアラートークンを発行する (Issue a bearer token for API clients)")
            .WithTags("Identity");

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> HandleAsync(
        TokenRequest request, TenantContext tenant, SignInGate gate, SignInManager<AppUser> signIn)
    {
        var outcome = await gate.CheckAsync(tenant.Required, request.Email!, request.Password!);
        if (outcome.User is null)
        {
            // One answer for an unknown account, a wrong password and a locked account (see SignInGate).
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, outcome.Message!);
        }

        var principal = await signIn.CreateUserPrincipalAsync(outcome.User);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}

/// <summary>
/// A sign-in for API clients. Public, and a class with attributed properties: the minimal-API validator only
/// generates validation for such types (an internal record left an empty body unvalidated, a 500).
/// </summary>
public sealed class TokenRequest
{
    [Required(ErrorMessage = "メールアドレスを入力してください。")]
    [StringLength(254, ErrorMessage = "メールアドレスは254文字以内で入力してください。")]
    public string? Email { get; init; }

    [Required(ErrorMessage = "パスワードを入力してください。")]
    [StringLength(128, ErrorMessage = "パスワードは128文字以内で入力してください。")]
    public string? Password { get; init; }
}
