using MachiDx.Activities.Data;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Events;

/// <summary>One event: details, places left, and the resident's registration (申込・キャンセル).</summary>
[AllowAnonymous]
public sealed class EventDetailModel(ActivitiesDbContext db, EventDesk desk, TenantContext tenant, CurrentActor actor, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public VolunteerEvent Event { get; private set; } = null!;

    public EventRegistration? Mine { get; private set; }

    public bool CanRegister { get; private set; }

    public bool CanCancel { get; private set; }

    /// <summary>The notice after a post, from the server (TempData): never from the query string, which anyone can write into a link.</summary>
    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRegisterAsync(Guid id, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Resident))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        var outcome = await desk.RegisterAsync(id, actor.UserId!.Value, actor.Name, ct);
        if (outcome == RegistrationOutcome.NotFound)
        {
            return NotFound();
        }

        Message = EventText.Message(outcome);
        return Redirect($"/{CityCode}/activities/events/{id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Resident))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        var outcome = await desk.CancelRegistrationAsync(id, actor.UserId!.Value, ct);
        Message = EventText.Message(outcome);
        return Redirect($"/{CityCode}/activities/events/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return false;
        }

        Event = e;
        var now = time.GetUtcNow().UtcDateTime;
        if (actor.UserId is { } me)
        {
            Mine = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.EventId == id && r.ResidentId == me, ct);
        }

        var holding = Mine is { Status: RegistrationStatus.Registered or RegistrationStatus.Attended };
        CanRegister = !holding && e.Status == EventStatus.Open && now < e.EndsAtUtc && e.Taken < e.Capacity;
        CanCancel = Mine?.Status == RegistrationStatus.Registered && now < e.StartsAtUtc;
        return true;
    }
}
