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
            yield return new("ボランティア", root + "/activities/events");
            yield return new("健康ポイント", root + "/activities/health");
        }

        if (Roles.StaffRoles.Any(user.IsInRole))
        {
            yield return new("ボランティア活動の主催", root + "/activities/organize");
            yield return new("健康診断・教室の記録", root + "/staff/activities/health");
            yield return new("ボランティア団体の審査", root + "/staff/activities/groups");
        }

        if (user.IsInRole(Roles.DxAdmin) || user.IsInRole(Roles.TenantAdmin))
        {
            yield return new("活動ポイントの状況", root + "/staff/activities");
        }
    }
}
