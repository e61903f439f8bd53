using System.ComponentModel.DataAnnotations;
using MachiDx.Activities.Data;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Events;

/// <summary>
/// Venue check-in: the QR on the organiser's screen opens this page with the current code filled in; the resident
/// confirms (or types the six digits shown). The code is checked when they confirm.
/// </summary>
[Authorize(Policy = Policies.Resident)]
public sealed class CheckInModel(ActivitiesDbContext db, EventDesk desk, TenantContext tenant, CurrentActor actor) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public VolunteerEvent Event { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "code")]
    [Display(Name = "受付コード（6桁）")]
    [Required(ErrorMessage = "会場に表示されている6桁の受付コードを入力してください。")]
    [RegularExpression("^[0-9]{6}$", ErrorMessage = "受付コードは6桁の数字で入力してください。")]
    public string? Code { get; set; }

    public CheckInOutcome? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Outcome = await desk.CheckInAsync(id, actor.UserId!.Value, actor.Name, Code, ct);
        if (Outcome is CheckInOutcome.WrongCode or CheckInOutcome.ExpiredCode)
        {
            ModelState.AddModelError(nameof(Code), EventText.Message(Outcome.Value));
            Outcome = null;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return false;
        }

        Event = e;
        return true;
    }
}
