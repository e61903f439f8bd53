using MachiDx.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.People;

/// <summary>
/// What other modules may know about residents of the bound municipality: the profile that prefills
/// forms. Reads go through the tenant filter. (Staff accounts: <see cref="Identity.StaffDirectory"/>.)
/// </summary>
public sealed class PeopleDirectory(PlatformDbContext db, Tenancy.TenantContext tenant)
{
    public async Task<ResidentCard?> ResidentAsync(Guid userId, CancellationToken ct) =>
        await db.ResidentProfiles.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new ResidentCard(p.UserId, p.FullName, p.FullNameKana, p.BirthDate, p.PostalCode, p.Address, p.Phone, p.Email))
            .SingleOrDefaultAsync(ct);

    /// <summary>A resident of the bound municipality by e-mail (counter staff identifying a visitor); null when none.</summary>
    public async Task<ResidentCard?> ResidentByEmailAsync(string email, CancellationToken ct)
    {
        var normalized = email.Trim();
        return await db.ResidentProfiles.AsNoTracking().Where(p => p.Email == normalized)
            .Select(p => new ResidentCard(p.UserId, p.FullName, p.FullNameKana, p.BirthDate, p.PostalCode, p.Address, p.Phone, p.Email))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The id and display name of any account of the bound municipality by e-mail (e.g. a merchant's owner); null when none.</summary>
    public async Task<(Guid Id, string DisplayName)?> AccountByEmailAsync(string email, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var cityId = tenant.MunicipalityId;
        var user = await db.Users.AsNoTracking().Where(u => u.MunicipalityId == cityId && u.NormalizedEmail == normalized)
            .Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(ct);
        return user is null ? null : (user.Id, user.DisplayName);
    }
}

public sealed record ResidentCard(Guid UserId, string FullName, string FullNameKana, DateOnly BirthDate, string PostalCode, string Address, string Phone, string Email);
