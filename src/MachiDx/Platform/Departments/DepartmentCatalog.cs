using MachiDx.Platform.Audit;
using MachiDx.Platform.Data;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Identity.Register;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Departments;

/// <summary>Adds departments to the bound municipality; codes and names are unique within it.</summary>
public sealed class DepartmentCatalog(PlatformDbContext db, AuditTrail audit)
{
    public async Task<(DepartmentView? Department, IReadOnlyDictionary<string, string[]> Errors)> AddAsync(DepartmentInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var code = input.Code!.Trim();
        var name = ResidentRegistration.Normalize(input.Name!);
        var errors = await TakenAsync(input, code, name, ct);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var order = await db.Departments.Select(d => (int?)d.SortOrder).MaxAsync(ct) ?? 0;
        var department = new Department { Id = Guid.CreateVersion7(), Code = code, Name = name, SortOrder = order + 1 };
        db.Departments.Add(department);
        audit.Record(db, "Department.Created", nameof(Department), department.Id.ToString(), new { department.Code, department.Name });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (municipality, code) and (municipality, name) indexes keep the rule when the same department
            // is added twice at the same moment: the later one gets the same answer as if it had come second.
            db.ChangeTracker.Clear();
            errors = await TakenAsync(input, code, name, ct);
            if (errors.Count == 0)
            {
                throw;
            }

            return (null, errors);
        }

        return (new DepartmentView(department.Id, department.Code, department.Name), new Dictionary<string, string[]>());
    }

    private async Task<Dictionary<string, string[]>> TakenAsync(DepartmentInput input, string code, string name, CancellationToken ct)
    {
        // One query, so one snapshot: two separate checks could straddle another request's commit (on PostgreSQL each
        // statement sees the latest commits) and name only one of the two fields that the same department holds.
        var taken = await db.Departments.AsNoTracking().Where(d => d.Code == code || d.Name == name)
            .Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (taken.Any(d => d.Code == code))
        {
            errors[nameof(input.Code)] = ["この部署コードはすでに使われています。"];
        }

        if (taken.Any(d => d.Name == name))
        {
            errors[nameof(input.Name)] = ["この部署名はすでに使われています。"];
        }

        return errors;
    }
}
