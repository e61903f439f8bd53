using MachiDx.Activities.Data;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Events;

/// <summary>Upcoming volunteer events of the city, with places left and the resident's own registrations.</summary>
[AllowAnonymous]
public sealed class EventListModel(ActivitiesDbContext db, TenantContext tenant, CurrentActor actor, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<VolunteerEvent> Upcoming { get; private set; } = [];

    public IReadOnlyDictionary<Guid, RegistrationStatus> Mine { get; private set; } = new Dictionary<Guid, RegistrationStatus>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        Upcoming = await db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Open && e.EndsAtUtc > now)
            .OrderBy(e => e.StartsAtUtc).Take(100).ToListAsync(ct);
        if (actor.UserId is { } me)
        {
            Mine = await db.Registrations.AsNoTracking().Where(r => r.ResidentId == me)
                .ToDictionaryAsync(r => r.EventId, r => r.Status, ct);
        }
    }
}
