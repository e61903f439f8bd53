using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Insight.Shared;

/// <summary>What every Insight page needs: the city, the signed-in staff member (for department rights) and the fiscal year.</summary>
public abstract class InsightPage(TenantContext tenant, StaffDirectory directory, CurrentActor actor, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public string CityName => tenant.Required.Name;

    public string Root => "/" + CityCode + "/staff/insight";

    public int CurrentFiscalYear => FiscalYears.Current(time);

    public StaffIdentity? Me { get; private set; }

    public IReadOnlyList<DepartmentSummary> Departments { get; private set; } = [];

    public bool IsDx => InsightPolicies.IsDx(User);

    public bool CanEdit(string departmentCode) => InsightPolicies.CanEditDepartment(User, Me, departmentCode);

    public string DepartmentName(string code) => Departments.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    protected async Task LoadContextAsync(CancellationToken ct)
    {
        Departments = await directory.DepartmentsAsync(ct);
        Me = actor.UserId is { } id ? await directory.FindAsync(id, ct) : null;
    }

    protected StaffDirectory Directory => directory;

    protected DateTime UtcNow => time.GetUtcNow().UtcDateTime;
}
