using System.Security.Claims;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;

namespace MachiDx.Platform.Web;

/// <summary>Platform's own links: the personal page, the staff home and departments, and the audit log.</summary>
internal sealed class PlatformNavigation : INavigationContributor
{
    public int Order => 900;

    public IEnumerable<NavLink> LinksFor(ClaimsPrincipal user, MunicipalityInfo city)
    {
        var root = "/" + city.Code;
        if (user.IsInRole(Roles.Resident))
        {
            yield return new("マイページ", root + "/mypage");
        }

        if (Roles.StaffRoles.Any(user.IsInRole))
        {
            yield return new("職員ホーム", root + "/staff");
            yield return new("部署", root + "/staff/departments");
        }

        if (user.IsInRole(Roles.TenantAdmin))
        {
            yield return new("監査ログ", root + "/admin/audit");
        }
    }
}
