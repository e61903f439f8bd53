using System.Security.Claims;
using MachiDx.Platform.Tenancy;

namespace MachiDx.Platform.Web;

/// <summary>A module's links in the header navigation, for the current user in the current municipality.</summary>
public interface INavigationContributor
{
    /// <summary>Lower numbers come first. Platform uses 0 (home) and 900+ (administration).</summary>
    int Order { get; }

    IEnumerable<NavLink> LinksFor(ClaimsPrincipal user, MunicipalityInfo city);
}
