using System.Security.Claims;
using MachiDx.Activities.Data;
using MachiDx.Activities.Events;
using MachiDx.Activities.Groups;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Organize;

/// <summary>Whom a user may organise events for: the city (any member of staff) and the approved groups they represent.</summary>
public sealed record Organizer(Guid? GroupId, string Name);

public sealed class OrganizerAccess(ActivitiesDbContext db, TenantContext tenant)
{
    public async Task<IReadOnlyList<Organizer>> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = new List<Organizer>();
        if (Roles.StaffRoles.Any(user.IsInRole))
        {
            result.Add(new Organizer(null, tenant.Required.Name));
        }

        if (Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            result.AddRange(await db.Groups.AsNoTracking()
                .Where(g => g.RepresentativeUserId == userId && g.Status == GroupStatus.Approved)
                .OrderBy(g => g.Name).Select(g => new Organizer(g.Id, g.Name)).ToListAsync(ct));
        }

        return result;
    }

    /// <summary>The event, when the user may manage it (staff: the city's events; a representative: their group's).</summary>
    public async Task<VolunteerEvent?> ManageableAsync(ClaimsPrincipal user, Guid eventId, CancellationToken ct)
    {
        var e = await db.Events.SingleOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return null;
        }

        var organizers = await ForAsync(user, ct);
        return organizers.Any(o => o.GroupId == e.GroupId) ? e : null;
    }
}
