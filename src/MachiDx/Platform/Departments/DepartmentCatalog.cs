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
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (await db.Departments.AnyAsync(d => d.Code == code, ct))
        {
            errors[nameof(input.Code)] = ["この部署コードはすでに使われています。"];
        }

        if (await db.Departments.AnyAsync(d => d.Name == name, ct))
        {
            errors[nameof(input.Name)] = ["この部署名はすでに使われています。"];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var order = await db.Departments.Select(d => (int?)d.SortOrder).MaxAsync(ct) ?? 0;
        var department = new Department { Id = Guid.CreateVersion7(), Code = code, Name = name, SortOrder = order + 1 };
        db.Departments.Add(department);
        audit.Record(db, "Department.Created", nameof(Department), department.Id.ToString(), new { department.Code, department.Name });
        await db.SaveChangesAsync(ct);
        return (new DepartmentView(department.Id, department.Code, department.Name), new Dictionary<string, string[]>());
    }
}
