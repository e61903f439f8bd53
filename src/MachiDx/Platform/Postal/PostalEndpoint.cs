using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MachiDx.Platform.Postal;

/// <summary>The candidate addresses of a postal code.</summary>
public sealed record PostalLookup(string Code, IReadOnlyList<PostalCandidate> Candidates);

/// <summary>GET /api/v1/postal/{code}: public reference data (forms fill the address from it), no sign-in needed.</summary>
internal static class PostalEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet(ApiPaths.Postal, HandleAsync)
            .AllowAnonymous()
            .WithName("LookupPostalCode")
            .WithSummary("郵便番号から住所の候補を調べる (Candidate addresses for a postal code)")
            .WithTags("Postal");

    private static async Task<Results<Ok<PostalLookup>, ProblemHttpResult>> HandleAsync(string code, PostalDirectory directory, CancellationToken ct)
    {
        if (PostalDirectory.Normalize(code) is not { } normalized)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "郵便番号の形式が正しくありません。", "7桁の数字で指定してください（例: 8310016 または 831-0016）。");
        }

        var candidates = await directory.FindAsync(normalized, ct);
        return candidates.Count == 0
            ? ApiProblems.NotFound("郵便番号 " + normalized[..3] + "-" + normalized[3..] + " の住所")
            : TypedResults.Ok(new PostalLookup(normalized, candidates));
    }
}
