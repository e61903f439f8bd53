using System.Security.Claims;

namespace MachiDx.Platform.Identity;

/// <summary>Who is acting in this unit of work: the signed-in user, or "system" for jobs and the dispatcher.</summary>
public sealed class CurrentActor(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public Guid? UserId =>
        Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => User?.Identity?.IsAuthenticated == true
        ? User.FindFirstValue(MachiDxClaims.DisplayName) ?? User.Identity.Name ?? "unknown"
        : "system";
}
