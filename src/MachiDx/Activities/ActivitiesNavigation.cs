using System.Security.Claims;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;

namespace MachiDx.Activities;

internal sealed class ActivitiesNavigation : INavigationContributor
{
    public int Order => 250;

    public IEnumerable<NavLink> LinksFor(ClaimsPrincipal user, MunicipalityInfo city)
    {
        var root = "/" + city.Code;
        if (user.IsInRole(Roles.Resident))
        {
            yield return new("活動ポイント", root + "/activities/rewards");
        }

        if (user.IsInRole(Roles.DxAdmin) || user.IsInRole(Roles.TenantAdmin))
        {
            yield return new("活動ポイントの状況", root + "/staff/activities");
        }
    }
}
