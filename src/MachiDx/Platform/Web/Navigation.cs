using System.Security.Claims;
using MachiDx.Platform.Tenancy;

namespace MachiDx.Platform.Web;

/// <summary>Collects the header navigation from every module's <see cref="INavigationContributor"/>.</summary>
public sealed class Navigation(IEnumerable<INavigationContributor> contributors)
{
    public IReadOnlyList<NavLink> For(ClaimsPrincipal user, MunicipalityInfo? city)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (city is null)
        {
            return [];
        }

        return [new NavLink("ホーム", "/" + city.Code), .. contributors.OrderBy(c => c.Order).SelectMany(c => c.LinksFor(user, city))];
    }
}
