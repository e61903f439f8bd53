using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Platform;
using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Roster.List;

/// <summary>The roster with a dry run of the eligibility rules for every person as of a chosen date.</summary>
[Authorize(Policy = Policies.HrAdmin)]
public sealed class RosterListModel(PersonnelDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "asOf")]
    public DateOnly? AsOf { get; set; }

    public IReadOnlyList<(StaffRecord Person, EligibilityResult Result)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        AsOf ??= JapanTime.Today(time);
        var people = await db.Staff.AsNoTracking().Include(s => s.Evaluations).OrderBy(s => s.DepartmentCode).ThenBy(s => s.StaffNumber).ToListAsync(ct);
        Rows = [.. people.Select(p => (p, EligibilityEvaluator.Evaluate(EligibilityRules.Default, p.Facts(), AsOf.Value)))];
    }
}
