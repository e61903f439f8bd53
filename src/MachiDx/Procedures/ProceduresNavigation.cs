using System.Security.Claims;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;

namespace MachiDx.Procedures;

internal sealed class ProceduresNavigation : INavigationContributor
{
    public int Order => 100;

    public IEnumerable<NavLink> LinksFor(ClaimsPrincipal user, MunicipalityInfo city)
    {
        var root = "/" + city.Code;
        yield return new("手続きをさがす", root + "/procedures");
        yield return new("できごとから", root + "/guide");
        if (user.IsInRole(Roles.Resident))
        {
            yield return new("申請状況", root + "/applications");
        }

        if (Roles.StaffRoles.Any(user.IsInRole))
        {
            yield return new("申請の受付箱", root + "/staff/applications");
            yield return new("オンライン利用率", root + "/staff/procedures/kpi");
        }
        if (user.IsInRole(Roles.DxAdmin) || user.IsInRole(Roles.TenantAdmin))
        {
            yield return new("手続きの案内の編集", root + "/staff/procedures/catalogue");
            yield return new("見つからなかった検索", root + "/staff/procedures/search-misses");
            yield return new("できごとの質問の編集", root + "/staff/procedures/guides");
        }
    }
}
