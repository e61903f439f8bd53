using MachiDx.Insight.Contracts;
using MachiDx.Insight.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.Workload;

internal sealed class WorkloadFigures(InsightDbContext db) : IWorkloadFigures
{
    public async Task<IReadOnlyList<DepartmentOvertime>> OvertimePerHeadAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        var months = await db.Attendance.AsNoTracking().Where(a => a.FiscalYear == fiscalYear).ToListAsync(cancellationToken);
        return [.. months.GroupBy(m => m.DepartmentCode, StringComparer.Ordinal)
            .Select(g => WorkloadCalculator.Figures(g.Key, g.Key, [.. g]))
            .Select(f => new DepartmentOvertime(f.Code, f.Headcount, f.OvertimePerHeadYear, f.OvertimePerHeadMonth, f.StaffOver45))
            .OrderByDescending(d => d.HoursPerHeadYear).ThenBy(d => d.DepartmentCode, StringComparer.Ordinal)];
    }
}
