using MachiDx.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.People;

/// <summary>
/// What other modules may know about people in the bound municipality: a resident's profile (to
/// prefill forms) and a staff member's department. Reads go through the tenant filter.
/// </summary>
public sealed class PeopleDirectory(PlatformDbContext db)
{
    public async Task<ResidentCard?> ResidentAsync(Guid userId, CancellationToken ct) =>
        await db.ResidentProfiles.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new ResidentCard(p.UserId, p.FullName, p.FullNameKana, p.BirthDate, p.PostalCode, p.Address, p.Phone, p.Email))
            .SingleOrDefaultAsync(ct);

    public async Task<StaffCard?> StaffAsync(Guid userId, CancellationToken ct) =>
        await (from s in db.StaffMembers.AsNoTracking()
               join d in db.Departments on s.DepartmentId equals d.Id
               where s.UserId == userId
               select new StaffCard(s.UserId, s.FullName, d.Code, d.Name)).SingleOrDefaultAsync(ct);
}

public sealed record ResidentCard(Guid UserId, string FullName, string FullNameKana, DateOnly BirthDate, string PostalCode, string Address, string Phone, string Email);

public sealed record StaffCard(Guid UserId, string FullName, string DepartmentCode, string DepartmentName);
