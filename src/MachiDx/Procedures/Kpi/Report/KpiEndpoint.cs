using System.Globalization;
using MachiDx.Platform;
using MachiDx.Platform.Web;
using MachiDx.Procedures.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MachiDx.Procedures.Kpi.Report;

/// <summary>GET /api/v1/{city}/procedures/kpi?fy=2026 for staff: the same rows as the page and its CSV.</summary>
internal static class KpiEndpoint
{
    public static async Task<Results<Ok<ProcedureKpiResponse>, ValidationProblem>> GetAsync(string? fy, IProcedureUsage usage, TimeProvider time, CancellationToken ct)
    {
        var current = FiscalYear.Of(JapanTime.Today(time));
        var year = current;
        if (fy is not null)
        {
            if (!int.TryParse(fy, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 2020 || y > current.Year)
            {
                return ApiProblems.Validation(new Dictionary<string, string[]>
                {
                    ["fy"] = [string.Create(CultureInfo.InvariantCulture, $"年度は2020から{current.Year}までの西暦4桁で指定してください。")],
                });
            }

            year = new FiscalYear(y);
        }

        return TypedResults.Ok(new ProcedureKpiResponse(year.Year, await usage.MonthlyUsageAsync(year.FirstMonth, year.LastMonth, ct)));
    }
}
