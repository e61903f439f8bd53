using MachiDx.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Identity.Profile;

[Authorize(Policy = Policies.Resident)]
public sealed class MyPageModel(PlatformDbContext db, CurrentActor actor, TimeProvider time) : PageModel
{
    public ResidentProfile Profile { get; private set; } = null!;

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "registered")]
    public bool Registered { get; set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool Saved { get; set; }

    public string BirthDateText => Profile.BirthDate.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = new ProfileInput { PostalCode = Profile.PostalCode, Address = Profile.Address, Phone = Profile.Phone };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        ProfileEndpoints.Apply(Profile, Input, time);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { saved = true });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var profile = await db.ResidentProfiles.SingleOrDefaultAsync(p => p.UserId == actor.UserId, ct);
        Profile = profile!;
        return profile is not null;
    }
}
