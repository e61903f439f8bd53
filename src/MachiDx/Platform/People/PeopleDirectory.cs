using MachiDx.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.People;

/// <summary>
/// What other modules may know about residents of the bound municipality: the profile that prefills
/// forms. Reads go through the tenant filter. (Staff accounts: <see cref="Identity.StaffDirectory"/>.)
/// </summary>
public sealed class PeopleDirectory(PlatformDbContext db)
{
    public async Task<ResidentCard?> ResidentAsync(Guid userId, CancellationToken ct) =>
        await db.ResidentProfiles.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new ResidentCard(p.UserId, p.FullName, p.FullNameKana, p.BirthDate, p.PostalCode, p.Address, p.Phone, p.Email))
            .SingleOrDefaultAsync(ct);
}

public sealed record ResidentCard(Guid UserId, string FullName, string FullNameKana, DateOnly BirthDate, string PostalCode, string Address, string Phone, string Email);
