using MachiDx.Activities.Events;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Activities.Organize;

/// <summary>
/// The venue screen: the current check-in code as a QR (and its six digits), replaced every 30 seconds by a small
/// script polling <c>?handler=Code</c>; without JavaScript, a reload link. Outside the check-in hours no code is shown.
/// </summary>
[Authorize]
public sealed class VenueScreenModel(OrganizerAccess access, TenantContext tenant, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public VolunteerEvent Event { get; private set; } = null!;

    public VenueState State { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await access.ManageableAsync(User, id, ct) is not { } e)
        {
            return NotFound();
        }

        Event = e;
        State = StateOf(e);
        return Page();
    }

    public async Task<IActionResult> OnGetCodeAsync(Guid id, CancellationToken ct)
    {
        if (await access.ManageableAsync(User, id, ct) is not { } e)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return new JsonResult(StateOf(e));
    }

    private VenueState StateOf(VolunteerEvent e)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!VenueCode.IsOpen(e, now))
        {
            return new VenueState(false, null, null, null, 0,
                e.Status == EventStatus.Cancelled ? "この活動は中止になりました。" : "受付時間外です。受付は活動の開始時刻から終了時刻までです。");
        }

        var code = VenueCode.At(e, VenueCode.StepAt(now));
        var url = QrImages.Absolute(Request, $"/{CityCode}/activities/events/{e.Id}/check-in?code={code}");
        var seconds = (int)Math.Ceiling((VenueCode.StepEndsAtUtc(now) - now).TotalSeconds);
        return new VenueState(true, code, url, QrImages.PngDataUri(url, 10), seconds, "スマートフォンでQRコードを読み取って受付してください。");
    }
}

/// <summary>What the venue screen shows now.</summary>
public sealed record VenueState(bool Open, string? Code, string? Url, string? QrDataUri, int SecondsLeft, string Text);
