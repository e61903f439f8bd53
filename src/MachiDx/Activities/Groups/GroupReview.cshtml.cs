using System.ComponentModel.DataAnnotations;
using MachiDx.Activities.Data;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Groups;

/// <summary>Staff review community groups' applications to organise events (audited).</summary>
[Authorize(Policy = ActivitiesPolicies.ActivityStaff)]
public sealed class GroupReviewModel(ActivitiesDbContext db, AuditTrail audit, TenantContext tenant, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<OrganizerGroup> Groups { get; private set; } = [];

    [BindProperty]
    [Display(Name = "団体への連絡（承認しない場合は理由）")]
    [StringLength(500, ErrorMessage = "連絡は500文字以内で入力してください。")]
    public string? Note { get; set; }

    /// <summary>The group whose form was posted with an error, so the error shows beside its field.</summary>
    public Guid? PostedGroupId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Groups = await ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid groupId, bool approve, CancellationToken ct)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
        {
            return NotFound();
        }

        if (!approve && string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError(nameof(Note), "承認しない場合は、理由を入力してください。");
        }

        if (!ModelState.IsValid)
        {
            PostedGroupId = groupId;
            Groups = await ListAsync(ct);
            return Page();
        }

        group.Status = approve ? GroupStatus.Approved : GroupStatus.Rejected;
        group.ReviewNote = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        group.ReviewedAtUtc = time.GetUtcNow().UtcDateTime;
        audit.Record(db, approve ? "activities.group.approve" : "activities.group.reject", "organizer-group", group.Id.ToString(), group.Name);
        await db.SaveChangesAsync(ct);
        return Redirect($"/{CityCode}/staff/activities/groups");
    }

    private async Task<IReadOnlyList<OrganizerGroup>> ListAsync(CancellationToken ct) =>
        await db.Groups.AsNoTracking().OrderBy(g => g.Status).ThenByDescending(g => g.AppliedAtUtc).Take(500).ToListAsync(ct);
}
