using MachiDx.Platform.Data;
using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Staff;

[Authorize(Policy = Policies.Staff)]
public sealed class StaffHomeModel(PlatformDbContext db, CurrentActor actor) : PageModel
{
    public string? DepartmentName { get; private set; }

    public string StaffName { get; private set; } = "";

    public IReadOnlyList<string> RoleNames { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var member = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == actor.UserId, ct);
        StaffName = member?.FullName ?? actor.Name;
        if (member is not null)
        {
            DepartmentName = await db.Departments.Where(d => d.Id == member.DepartmentId).Select(d => d.Name).SingleOrDefaultAsync(ct);
        }

        RoleNames = Roles.StaffRoles.Where(User.IsInRole).Select(Roles.JapaneseName).ToList();
    }
}
