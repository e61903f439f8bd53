using System.Security.Claims;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;

namespace MachiDx.Personnel;

/// <summary>人事交流 for every member of staff; 職員名簿 and ドラフト管理 for HR.</summary>
public sealed class PersonnelNavigation : INavigationContributor
{
    public int Order => 400;

    public IEnumerable<NavLink> LinksFor(ClaimsPrincipal user, MunicipalityInfo city)
    {
        var root = "/" + city.Code + "/staff/personnel";
        if (Roles.StaffRoles.Any(user.IsInRole))
        {
            yield return new("人事交流", root);
        }

        if (user.IsInRole(Roles.HrAdmin))
        {
            yield return new("職員名簿", root + "/roster");
            yield return new("ドラフト管理", root + "/seasons");
        }
    }
}
