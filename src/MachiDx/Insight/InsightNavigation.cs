using System.Security.Claims;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;

namespace MachiDx.Insight;

internal sealed class InsightNavigation : INavigationContributor
{
    public int Order => 300;

    public IEnumerable<NavLink> LinksFor(ClaimsPrincipal user, MunicipalityInfo city)
    {
        if (!Roles.StaffRoles.Any(user.IsInRole))
        {
            yield break;
        }

        var root = "/" + city.Code + "/staff/insight";
        yield return new("業務棚卸し", root + "/inventory");
        if (user.IsInRole(Roles.HrAdmin) || user.IsInRole(Roles.DxAdmin) || user.IsInRole(Roles.TenantAdmin))
        {
            yield return new("業務量・勤怠", root + "/workload");
        }

        yield return new("デジラボ", root + "/digilab");
        if (user.IsInRole(Roles.DxAdmin) || user.IsInRole(Roles.TenantAdmin))
        {
            yield return new("DXダッシュボード", "/" + city.Code + "/staff/dx-dashboard");
        }
    }
}
