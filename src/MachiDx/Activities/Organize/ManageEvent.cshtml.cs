using MachiDx.Activities.Data;
using MachiDx.Activities.Events;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Organize;

/// <summary>One event for its organiser: who registered and attended, marking attendance, the venue screen, cancelling.</summary>
[Authorize]
public sealed class ManageEventModel(ActivitiesDbContext db, OrganizerAccess access, EventDesk desk, TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public VolunteerEvent Event { get; private set; } = null!;

    public IReadOnlyList<EventRegistration> Registrations { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "created")]
    public bool Created { get; set; }

    /// <summary>The notice after a post, from the server (TempData): never from the query string, which anyone can write into a link.</summary>
    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAttendedAsync(Guid id, Guid registrationId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var outcome = await desk.MarkAttendedAsync(Event, registrationId, ct);
        Message = outcome == CheckInOutcome.CheckedIn ? "出席を記録しました。ポイントが付きます。" : EventText.Message(outcome);
        return Redirect($"/{CityCode}/activities/organize/{id}");
    }

    public async Task<IActionResult> OnPostCancelEventAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await desk.CancelEventAsync(Event, ct);
        Message = "活動を中止にしました。申込者には活動ページでお知らせされます。";
        return Redirect($"/{CityCode}/activities/organize/{id}");
    }

    // Another organiser's event reads as not found, so its existence is not disclosed.
    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await access.ManageableAsync(User, id, ct) is not { } e)
        {
            return false;
        }

        Event = e;
        Registrations = await db.Registrations.AsNoTracking().Where(r => r.EventId == id)
            .OrderBy(r => r.Status).ThenBy(r => r.RegisteredAtUtc).ToListAsync(ct);
        return true;
    }
}
