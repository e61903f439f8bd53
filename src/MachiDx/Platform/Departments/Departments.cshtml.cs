using MachiDx.Platform.Data;
using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Departments;

[Authorize(Policy = Policies.Staff)]
public sealed class DepartmentsModel(PlatformDbContext db, DepartmentCatalog catalog, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<DepartmentRow> Rows { get; private set; } = [];

    [BindProperty]
    public DepartmentInput Input { get; set; } = new();

    /// <summary>The notice after a post, from the server (TempData): never from the query string, which anyone can write into a link.</summary>
    [TempData]
    public string? Added { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.TenantAdmin)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var (department, errors) = await catalog.AddAsync(Input, ct);
            if (department is not null)
            {
                Added = department.Name;
                return RedirectToPage();
            }

            ModelState.AddErrors(nameof(Input), errors);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var counts = await db.StaffMembers.GroupBy(s => s.DepartmentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        Rows = (await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ToListAsync(ct))
            .Select(d => new DepartmentRow(d.Code, d.Name, counts.GetValueOrDefault(d.Id)))
            .ToList();
    }
}

public sealed record DepartmentRow(string Code, string Name, int StaffCount);
