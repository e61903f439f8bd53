using MachiDx.Personnel.Data;
using MachiDx.Personnel.Roster;
using MachiDx.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel;

/// <summary>
/// The signed-in member of staff as Personnel sees them: their roster record (linked by 職員番号 through
/// Platform's <see cref="StaffDirectory"/>) and whether they select for their department.
/// Selector rule: a roster person marked 選考担当 by HR acts for their current department.
/// </summary>
public sealed class PersonnelActor(CurrentActor actor, StaffDirectory directory, PersonnelDbContext db)
{
    private StaffRecord? _record;
    private bool _loaded;

    public async Task<StaffRecord?> RecordAsync(CancellationToken ct)
    {
        if (!_loaded)
        {
            _loaded = true;
            if (actor.UserId is { } id && await directory.FindAsync(id, ct) is { } identity)
            {
                _record = await db.Staff.Include(s => s.Evaluations).SingleOrDefaultAsync(s => s.StaffNumber == identity.StaffNumber, ct);
            }
        }

        return _record;
    }

    /// <summary>The department this user selects for, or null.</summary>
    public async Task<string?> SelectorForAsync(CancellationToken ct) =>
        await RecordAsync(ct) is { IsSelector: true } record ? record.DepartmentCode : null;
}
