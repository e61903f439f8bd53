using System.Security.Claims;
using MachiDx.Platform.Identity;

namespace MachiDx.Platform.Tenancy;

/// <summary>
/// Binds the request to the municipality named by the {city} route value before any module code runs.
/// An unknown city is a 404. A signed-in user of another municipality counts as anonymous here, so
/// nothing in one city can be read or changed with another city's account; a platform administrator
/// keeps their identity everywhere.
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public const string RouteKey = "city";

    public async Task InvokeAsync(HttpContext context, MunicipalityDirectory directory, TenantContext tenant)
    {
        if (context.GetRouteValue(RouteKey) is string code)
        {
            var municipality = await directory.FindByCodeAsync(code, context.RequestAborted);
            if (municipality is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            tenant.Set(municipality);
            if (context.User.Identity?.IsAuthenticated == true && !BelongsTo(context.User, municipality))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        await next(context);
    }

    internal static bool BelongsTo(ClaimsPrincipal user, MunicipalityInfo municipality) =>
        user.IsInRole(Roles.PlatformAdmin)
        || user.FindFirstValue(MachiDxClaims.MunicipalityId) == municipality.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
