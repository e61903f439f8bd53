using MachiDx.Insight.Data;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.Workload;

/// <summary>Workload statistics over JSON for 人事・DX推進・管理者 (the same figures as the workload page).</summary>
internal static class WorkloadApi
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(InsightApiPaths.Workload, GetAsync).RequireAuthorization(InsightPolicies.Workload)
            .WithName("GetWorkload").WithSummary("年度の残業・年休の統計（部署別と市全体、全国値つき） (Overtime and leave per department and city)").WithTags("Insight");

    private static async Task<Results<Ok<WorkloadResponse>, ValidationProblem>> GetAsync(
        int? fiscalYear, InsightDbContext db, StaffDirectory directory, TenantContext tenant, TimeProvider time, CancellationToken ct)
    {
        var fy = fiscalYear ?? FiscalYears.Current(time);
        if (fy is < 2000 or > 2100)
        {
            return ApiProblems.Validation(new Dictionary<string, string[]> { ["fiscalYear"] = ["年度は2000から2100の西暦で指定してください。"] });
        }

        var months = await db.Attendance.AsNoTracking().Where(a => a.FiscalYear == fy).ToListAsync(ct);
        var departments = await directory.DepartmentsAsync(ct);
        var byDepartment = departments
            .Select(d => WorkloadCalculator.Figures(d.Code, d.Name, [.. months.Where(m => m.DepartmentCode == d.Code)]))
            .Where(f => f.PersonMonths > 0).Select(ToFigures).ToList();
        var national = NationalFigures.Nearest(NationalFigures.OvertimeHoursPerYear, fy);
        var leave = NationalFigures.Nearest(NationalFigures.PaidLeaveDaysPerYear, fy);
        return TypedResults.Ok(new WorkloadResponse(
            fy, ToFigures(WorkloadCalculator.Figures(tenant.Required.Code, tenant.Required.Name, months)), byDepartment,
            new NationalComparison(national.Year, national.Value, national.Label, leave.Year, leave.Value, leave.Label)));
    }

    private static WorkloadFiguresResponse ToFigures(GroupFigures f) => new(
        f.Code, f.Name, f.Headcount, f.PersonMonths, Math.Round(f.OvertimePerHeadMonth, 2), Math.Round(f.OvertimePerHeadYear, 2),
        f.StaffOver45, f.StaffOver360, Math.Round(f.LeaveDaysPerHead, 2));
}
