using MachiDx.Platform.Web;

namespace MachiDx.Platform.Security;

/// <summary>
/// API responses that carry one person's data are sent with <c>Cache-Control: no-store</c>, so that no browser
/// cache, proxy or shared cache keeps a resident's profile, wallet, applications or a bearer token. One rule
/// instead of a header per endpoint: every API response to a signed-in caller, and the anonymous endpoints marked
/// with <see cref="ContainsPersonalData{TBuilder}"/> (the token and the registration answer someone who is not signed
/// in yet). Public API answers (municipalities, postal codes) stay cacheable.
/// </summary>
public static class PersonalResponses
{
    public const string NoStore = "no-store";

    /// <summary>Marks an anonymous endpoint whose answer is nevertheless personal.</summary>
    public static TBuilder ContainsPersonalData<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(PersonalDataMarker.Instance);

    public static IApplicationBuilder UsePersonalResponses(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (ApiPaths.IsApi(context.Request.Path))
        {
            // Decided when the response starts: by then authentication and the endpoint's own authorization have run.
            context.Response.OnStarting(static state =>
            {
                var http = (HttpContext)state;
                if (http.User.Identity?.IsAuthenticated == true || http.GetEndpoint()?.Metadata.GetMetadata<PersonalDataMarker>() is not null)
                {
                    http.Response.Headers.CacheControl = NoStore;
                    http.Response.Headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            }, context);
        }

        return next(context);
    });

    private sealed class PersonalDataMarker
    {
        public static readonly PersonalDataMarker Instance = new();
    }
}
