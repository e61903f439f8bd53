using System.Security.Claims;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;

namespace MachiDx.Platform.Web;

/// <summary>The header navigation for the current user in the current municipality. Modules add their links here.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavLink> For(ClaimsPrincipal user, MunicipalityInfo? city)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (city is null)
        {
            return [];
        }

        var root = "/" + city.Code;
        var links = new List<NavLink> { new("ホーム", root) };
        if (user.IsInRole(Roles.Resident))
        {
            links.Add(new("マイページ", root + "/mypage"));
        }

        if (Roles.StaffRoles.Any(user.IsInRole))
        {
            links.Add(new("職員ホーム", root + "/staff"));
            links.Add(new("部署", root + "/staff/departments"));
        }

        if (user.IsInRole(Roles.TenantAdmin))
        {
            links.Add(new("監査ログ", root + "/admin/audit"));
        }

        return links;
    }
}

public sealed record NavLink(string Text, string Href);
