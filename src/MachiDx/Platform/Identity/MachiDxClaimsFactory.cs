using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MachiDx.Platform.Identity;

/// <summary>Adds the user's municipality, kind and display name to the principal (cookie and bearer token alike).</summary>
internal sealed class MachiDxClaimsFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MunicipalityId is { } id)
        {
            identity.AddClaim(new Claim(MachiDxClaims.MunicipalityId, id.ToString(CultureInfo.InvariantCulture)));
        }

        identity.AddClaim(new Claim(MachiDxClaims.Kind, user.Kind.ToString()));
        identity.AddClaim(new Claim(MachiDxClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
