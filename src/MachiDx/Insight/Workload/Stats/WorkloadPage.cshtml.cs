using MachiDx.Insight.Data;
using MachiDx.Insight.Shared;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.Workload.Stats;

/// <summary>
/// Workload statistics for a fiscal year: overtime and paid leave per department and for the city against the
/// national figures, the city's trend by year, and the reconciliation of each department's inventory with attendance.
/// </summary>
[Authorize(Policy = InsightPolicies.Workload)]
public sealed class WorkloadPageModel(InsightDbContext db, TenantContext tenant, StaffDirectory directory, CurrentActor actor, TimeProvider time)
    : InsightPage(tenant, directory, actor, time)
{
    [BindProperty(SupportsGet = true, Name = "fy")]
    public int? Year { get; set; }

    public int FiscalYear { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public GroupFigures City { get; private set; } = null!;

    public IReadOnlyList<GroupFigures> ByDepartment { get; private set; } = [];

    public IReadOnlyList<(DateOnly Month, GroupFigures Figures)> ByMonth { get; private set; } = [];

    public IReadOnlyList<(int Year, GroupFigures Figures)> Trend { get; private set; } = [];

    public IReadOnlyList<Reconciliation> Reconciliations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadContextAsync(ct);
        var all = await db.Attendance.AsNoTracking().ToListAsync(ct);
        Years = [.. all.Select(a => a.FiscalYear).Append(CurrentFiscalYear).Distinct().OrderDescending()];
        FiscalYear = Year ?? (all.Count == 0 ? CurrentFiscalYear : all.Max(a => a.FiscalYear));
        var fy = FiscalYear;
        var year = all.Where(a => a.FiscalYear == fy).ToList();
        City = WorkloadCalculator.Figures("city", CityName, year);
        ByDepartment = [.. Departments
            .Select(d => WorkloadCalculator.Figures(d.Code, d.Name, [.. year.Where(a => a.DepartmentCode == d.Code)]))
            .Where(f => f.PersonMonths > 0)];
        ByMonth = [.. year.GroupBy(a => a.Month).OrderBy(g => g.Key).Select(g => (g.Key, WorkloadCalculator.Figures("month", "", [.. g])))];
        Trend = [.. all.GroupBy(a => a.FiscalYear).OrderBy(g => g.Key).Select(g => (g.Key, WorkloadCalculator.Figures("year", "", [.. g])))];
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.FiscalYear == fy).ToListAsync(ct);
        Reconciliations = WorkloadCalculator.Reconcile(Departments.Select(d => (d.Code, d.Name)), tasks, ByDepartment);
    }
}
