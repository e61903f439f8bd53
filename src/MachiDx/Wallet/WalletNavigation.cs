using System.Security.Claims;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;

namespace MachiDx.Wallet;

internal sealed class WalletNavigation : INavigationContributor
{
    public int Order => 200;

    public IEnumerable<NavLink> LinksFor(ClaimsPrincipal user, MunicipalityInfo city)
    {
        var root = "/" + city.Code;
        if (user.IsInRole(Roles.Resident))
        {
            yield return new("地域通貨", root + "/wallet");
        }

        if (user.IsInRole(Roles.Merchant))
        {
            yield return new("加盟店", root + "/shop");
        }

        if (Roles.StaffRoles.Any(user.IsInRole))
        {
            yield return new("地域通貨（職員）", root + "/staff/wallet");
        }

        if (user.IsInRole(Roles.Treasurer) || user.IsInRole(Roles.TenantAdmin))
        {
            yield return new("資金決済法の報告", root + "/staff/wallet/compliance");
        }
    }
}
