using MachiDx.Activities.Contracts;
using MachiDx.Insight.Data;
using MachiDx.Insight.DigiLab.Request;
using MachiDx.Insight.Workload;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Contracts;
using MachiDx.Wallet.Contracts;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.Dashboard;

/// <summary>
/// Gathers the dashboard's figures for the city bound on <see cref="TenantContext"/>: its own workload and DigiLab
/// tables, and the other modules through their contracts (procedures, currency, activities). Nothing here crosses a
/// city: a cross-city view calls it once per city, each in its own scope.
/// </summary>
public sealed class DxDashboardReader(
    InsightDbContext db, IProcedureUsage procedures, ICurrencyFigures currency, IActivityFigures activities, TenantContext tenant)
{
    public async Task<DxFigures> ReadAsync(int fiscalYear, CancellationToken ct)
    {
        var city = tenant.Required;
        var months = FiscalYears.Months(fiscalYear).ToList();
        var (first, last) = (months[0], months[^1]);

        var usage = await procedures.MonthlyUsageAsync(first, last, ct);
        var rates = usage.GroupBy(u => u.ProcedureCode, StringComparer.Ordinal)
            .Select(g => new ProcedureRate(g.Key, g.First().ProcedureName, g.Sum(u => u.Online), g.Sum(u => u.Total), g.First().NationalRatePercent))
            .OrderByDescending(p => p.Total).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();

        var attendance = await db.Attendance.AsNoTracking().Where(a => a.FiscalYear == fiscalYear).ToListAsync(ct);
        var workload = WorkloadCalculator.Figures("city", city.Name, attendance);

        var requests = await db.Requests.AsNoTracking().Include(r => r.Usage).Where(r => r.Usage.Any()).ToListAsync(ct);
        var saved = requests.SelectMany(r => r.Usage.Select(u => (Month: new DateOnly(u.Month.Year, u.Month.Month, 1), r.Type, Hours: r.HoursSaved(u)))).ToList();
        var savings = (from type in DigiLabLabels.Types
                       from month in months
                       select new SavingsMonth(month, type,
                           saved.Where(s => s.Type == type && s.Month == month).Sum(s => s.Hours),
                           saved.Where(s => s.Type == type && s.Month <= month).Sum(s => s.Hours)))
            .ToList();

        return new DxFigures(
            city.Code, city.Name, fiscalYear, months, rates, workload,
            NationalFigures.Nearest(NationalFigures.OvertimeHoursPerYear, fiscalYear),
            NationalFigures.Nearest(NationalFigures.PaidLeaveDaysPerYear, fiscalYear),
            savings,
            await currency.MonthlyAsync(first, last, ct),
            await activities.MonthlyAsync(first, last, ct),
            await activities.ResidentsRewardedAsync(first, last, ct));
    }
}
