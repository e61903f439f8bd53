using MachiDx.Platform.Identity;
using MachiDx.Procedures.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Applications;

/// <summary>Which applications a member of staff may see: their department's; the tenant administrator sees all.</summary>
public sealed class StaffAccess(ProceduresDbContext db, StaffDirectory staff, CurrentActor actor, IHttpContextAccessor http)
{
    public async Task<IQueryable<Application>> VisibleAsync(CancellationToken ct)
    {
        if (http.HttpContext?.User.IsInRole(Roles.TenantAdmin) == true)
        {
            return db.Applications;
        }

        var department = actor.UserId is { } id ? (await staff.FindAsync(id, ct))?.DepartmentName : null;
        return department is null ? db.Applications.Where(_ => false) : db.Applications.Where(a => a.Department == department);
    }

    public async Task<string?> DepartmentAsync(CancellationToken ct) =>
        actor.UserId is { } id ? (await staff.FindAsync(id, ct))?.DepartmentName : null;
}
