using System.ComponentModel.DataAnnotations;
using MachiDx.Activities.Data;
using MachiDx.Activities.Events;
using MachiDx.Activities.Rewards;
using MachiDx.Platform;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Organize;

/// <summary>
/// The organiser's events and the form for a new one. Staff organise for the city (and set the points); an approved
/// group's representative organises for the group, at the city's standard points.
/// </summary>
[Authorize]
public sealed class OrganizerHomeModel(ActivitiesDbContext db, OrganizerAccess access, EventDesk desk, RewardIssuer issuer, TenantContext tenant,
    CurrentActor actor, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<Organizer> Organizers { get; private set; } = [];

    public IReadOnlyList<VolunteerEvent> Events { get; private set; } = [];

    public long StandardPoints { get; private set; }

    public bool IsStaff => Roles.StaffRoles.Any(User.IsInRole);

    [BindProperty]
    public EventInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }

        Input = new EventInput { OrganizerKey = Key(Organizers[0]), Date = JapanTime.Today(time).AddDays(14), Starts = new TimeOnly(9, 0), Ends = new TimeOnly(11, 0), Capacity = 20, RewardPoints = StandardPoints };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }

        var organizer = Organizers.FirstOrDefault(o => Key(o) == Input.OrganizerKey);
        if (organizer is null)
        {
            ModelState.AddModelError("Input.OrganizerKey", "主催者を選んでください。");
        }

        if (Input.Date is { } date && date < JapanTime.Today(time))
        {
            ModelState.AddModelError("Input.Date", "開催日は今日以降の日付にしてください。");
        }

        if (Input.Starts is { } starts && Input.Ends is { } ends && ends <= starts)
        {
            ModelState.AddModelError("Input.Ends", "終了時刻は開始時刻より後にしてください。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A group's events earn the city's standard points; only staff set another value.
        var points = organizer!.GroupId is null ? Input.RewardPoints!.Value : StandardPoints;
        var e = await desk.CreateAsync(new NewEvent(Input.Title!, Input.Description ?? "", Input.Place!, Input.Date!.Value, Input.Starts!.Value, Input.Ends!.Value,
            Input.Capacity!.Value, points), organizer.GroupId, organizer.Name, actor.UserId!.Value, ct);
        return Redirect($"/{CityCode}/activities/organize/{e.Id}?created=true");
    }

    public static string Key(Organizer o) => o?.GroupId?.ToString() ?? "city";

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Organizers = await access.ForAsync(User, ct);
        if (Organizers.Count == 0)
        {
            return false;
        }

        StandardPoints = (await issuer.PolicyAsync(ct)).VolunteerPoints;
        var groups = Organizers.Select(o => o.GroupId).ToList();
        var cityToo = groups.Contains(null);
        var groupIds = groups.OfType<Guid>().ToList();
        var since = time.GetUtcNow().UtcDateTime.AddDays(-60);
        Events = await db.Events.AsNoTracking()
            .Where(e => e.EndsAtUtc > since && ((cityToo && e.GroupId == null) || (e.GroupId != null && groupIds.Contains(e.GroupId.Value))))
            .OrderBy(e => e.StartsAtUtc).Take(200).ToListAsync(ct);
        return true;
    }
}

public sealed class EventInput
{
    [Display(Name = "主催")]
    public string? OrganizerKey { get; set; }

    [Display(Name = "活動名")]
    [Required(ErrorMessage = "活動名を入力してください。")]
    [StringLength(100, ErrorMessage = "活動名は100文字以内で入力してください。")]
    [NoDirectionControls]
    public string? Title { get; set; }

    [Display(Name = "内容・持ち物など")]
    [StringLength(2000, ErrorMessage = "内容は2,000文字以内で入力してください。")]
    public string? Description { get; set; }

    [Display(Name = "場所")]
    [Required(ErrorMessage = "場所を入力してください。")]
    [StringLength(200, ErrorMessage = "場所は200文字以内で入力してください。")]
    public string? Place { get; set; }

    [Display(Name = "開催日")]
    [Required(ErrorMessage = "開催日を入力してください。")]
    public DateOnly? Date { get; set; }

    [Display(Name = "開始時刻")]
    [Required(ErrorMessage = "開始時刻を入力してください。")]
    public TimeOnly? Starts { get; set; }

    [Display(Name = "終了時刻")]
    [Required(ErrorMessage = "終了時刻を入力してください。")]
    public TimeOnly? Ends { get; set; }

    [Display(Name = "定員（人）")]
    [Required(ErrorMessage = "定員を入力してください。")]
    [Range(1, 10_000, ErrorMessage = "定員は1〜10,000人で入力してください。")]
    public int? Capacity { get; set; }

    [Display(Name = "参加ポイント（pt）")]
    [Required(ErrorMessage = "ポイントを入力してください。")]
    [Range(0, 10_000, ErrorMessage = "ポイントは0〜10,000の整数で入力してください。")]
    public long? RewardPoints { get; set; }
}
