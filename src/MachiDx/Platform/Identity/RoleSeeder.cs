using MachiDx.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Identity;

/// <summary>Ensures every role exists. Roles are part of the application, not demo data.</summary>
internal static class RoleSeeder
{
    public static async Task EnsureRolesAsync(PlatformDbContext db, CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in Roles.All.Except(existing.OfType<string>(), StringComparer.Ordinal))
        {
            db.Roles.Add(new AppRole(role) { NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }

        await db.SaveChangesAsync(ct);
    }
}
