using MachiDx.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Identity;

/// <summary>
/// The read-only query feature modules use for departments and staff accounts of the bound municipality,
/// so they never touch Platform's tables.
/// </summary>
public sealed class StaffDirectory(PlatformDbContext db)
{
    public async Task<IReadOnlyList<DepartmentSummary>> DepartmentsAsync(CancellationToken ct) =>
        await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder)
            .Select(d => new DepartmentSummary(d.Code, d.Name, d.SortOrder)).ToListAsync(ct);

    public async Task<StaffIdentity?> FindAsync(Guid userId, CancellationToken ct) =>
        (await QueryAsync(s => s.UserId == userId, ct)).SingleOrDefault();

    public Task<List<StaffIdentity>> AllAsync(CancellationToken ct) => QueryAsync(_ => true, ct);

    /// <summary>The account e-mail of each given 職員番号 that has a staff account in the bound municipality.</summary>
    public async Task<IReadOnlyDictionary<string, string>> EmailsAsync(IReadOnlyCollection<string> staffNumbers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(staffNumbers);
        var rows = await db.StaffMembers.AsNoTracking().Where(s => staffNumbers.Contains(s.StaffNumber))
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.StaffNumber, u.Email })
            .ToListAsync(ct);
        return rows.Where(r => !string.IsNullOrWhiteSpace(r.Email)).GroupBy(r => r.StaffNumber, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Email!, StringComparer.Ordinal);
    }

    private async Task<List<StaffIdentity>> QueryAsync(System.Linq.Expressions.Expression<Func<StaffMember, bool>> filter, CancellationToken ct) =>
        (await db.StaffMembers.AsNoTracking().Where(filter)
            .Join(db.Departments, s => s.DepartmentId, d => d.Id, (s, d) => new { s.UserId, s.StaffNumber, s.FullName, d.Code, d.Name })
            .OrderBy(x => x.StaffNumber)
            .ToListAsync(ct))
        .ConvertAll(x => new StaffIdentity(x.UserId, x.StaffNumber, x.FullName, x.Code, x.Name));
}
