using System.ComponentModel.DataAnnotations;
using MachiDx.Activities.Data;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Groups;

/// <summary>A resident applies to register a community group as an event organiser, and follows the city's review.</summary>
[Authorize(Policy = Policies.Resident)]
public sealed class ApplyGroupModel(ActivitiesDbContext db, TenantContext tenant, CurrentActor actor, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<OrganizerGroup> Mine { get; private set; } = [];

    [BindProperty]
    public GroupInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "applied")]
    public bool Applied { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var name = Input.Name?.Trim() ?? "";
        if (name.Length > 0 && await db.Groups.AnyAsync(g => g.Name == name, ct))
        {
            ModelState.AddModelError("Input.Name", "同じ名前の団体がすでに登録（申請）されています。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Groups.Add(new OrganizerGroup
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            Name = name,
            Activity = Input.Activity!.Trim(),
            RepresentativeUserId = actor.UserId!.Value,
            RepresentativeName = actor.Name,
            ContactPhone = Input.ContactPhone!.Trim(),
            Status = GroupStatus.Pending,
            AppliedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("Input.Name", "同じ名前の団体がすでに登録（申請）されています。");
            return Page();
        }

        return Redirect($"/{CityCode}/activities/groups/apply?applied=true");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = actor.UserId!.Value;
        Mine = await db.Groups.AsNoTracking().Where(g => g.RepresentativeUserId == me).OrderByDescending(g => g.AppliedAtUtc).ToListAsync(ct);
    }
}

public sealed class GroupInput
{
    [Display(Name = "団体名")]
    [Required(ErrorMessage = "団体名を入力してください。")]
    [StringLength(100, ErrorMessage = "団体名は100文字以内で入力してください。")]
    [NoDirectionControls]
    public string? Name { get; set; }

    [Display(Name = "主な活動")]
    [Required(ErrorMessage = "主な活動を入力してください。")]
    [StringLength(1000, ErrorMessage = "主な活動は1,000文字以内で入力してください。")]
    public string? Activity { get; set; }

    [Display(Name = "連絡先の電話番号")]
    [Required(ErrorMessage = "電話番号を入力してください。")]
    [RegularExpression(@"^0\d{1,4}-?\d{1,4}-?\d{3,4}$", ErrorMessage = "電話番号は 0944-00-0000 のように入力してください。")]
    public string? ContactPhone { get; set; }
}
