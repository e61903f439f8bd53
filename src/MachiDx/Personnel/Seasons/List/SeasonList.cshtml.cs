using MachiDx.Personnel.Data;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Seasons.List;

[Authorize(Policy = Policies.HrAdmin)]
public sealed class SeasonListModel(PersonnelDbContext db, SeasonDraft draft) : PageModel
{
    public IReadOnlyList<DraftSeason> Seasons { get; private set; } = [];

    [BindProperty]
    public SeasonInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Seasons = await db.Seasons.AsNoTracking().OrderByDescending(s => s.CreatedAtUtc).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(string city, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var errors = Input.Check();
            if (errors.Count == 0)
            {
                var season = await draft.CreateAsync(Input, ct);
                return Redirect($"/{city}/staff/personnel/seasons/{season.Id}");
            }

            ModelState.AddErrors(nameof(Input), errors);
        }

        await OnGetAsync(ct);
        return Page();
    }
}
