using MachiDx.Platform;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Applications.Inbox;

/// <summary>Per-department inbox with filters: status, procedure, overdue, assigned to me.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class InboxModel(StaffAccess access, TenantContext tenant, CurrentActor actor, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public string? Department { get; private set; }

    public DateOnly Today { get; } = JapanTime.Today(time);

    [BindProperty(SupportsGet = true)]
    public ApplicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Procedure { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    public IReadOnlyList<Application> Rows { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Procedures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Department = User.IsInRole(Roles.TenantAdmin) ? null : await access.DepartmentAsync(ct);
        var query = (await access.VisibleAsync(ct)).AsNoTracking();
        Procedures = [.. (await query.Select(a => new { a.ProcedureCode, a.ProcedureName }).Distinct().ToListAsync(ct)).Select(p => (p.ProcedureCode, p.ProcedureName))];
        query = Status is { } status
            ? query.Where(a => a.Status == status)
            : query.Where(a => a.Status != ApplicationStatus.Completed && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Withdrawn);
        if (!string.IsNullOrEmpty(Procedure))
        {
            query = query.Where(a => a.ProcedureCode == Procedure);
        }

        if (Overdue)
        {
            var today = Today;
            query = query.Where(a => a.DueDate < today);
        }

        if (Mine)
        {
            var me = actor.UserId;
            query = query.Where(a => a.AssigneeId == me);
        }

        Rows = await query.OrderBy(a => a.DueDate).ThenBy(a => a.SubmittedAtUtc).Take(500).ToListAsync(ct);
        return Page();
    }
}
