using System.Globalization;
using System.Text;
using MachiDx.Activities.Data;
using MachiDx.Activities.Rewards;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Dashboard;

/// <summary>Points granted by kind and month, budget use and participation for the fiscal year, with a CSV export.</summary>
[Authorize(Policy = ActivitiesPolicies.RewardAdmin)]
public sealed class RewardDashboardModel(ActivitiesDbContext db, RewardIssuer issuer, TenantContext tenant, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public int FiscalYear { get; private set; }

    public RewardPolicy Policy { get; private set; } = null!;

    public IReadOnlyList<MonthRow> Months { get; private set; } = [];

    public long Granted => Months.Sum(m => m.OnlineApplication + m.Volunteer + m.Health);

    public int Residents { get; private set; }

    public int Skipped { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var csv = new StringBuilder("年月,オンライン申請(pt),ボランティア(pt),健康づくり(pt),付与件数,対象人数\r\n");
        foreach (var m in Months)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{m.Month / 100}-{m.Month % 100:00},{m.OnlineApplication},{m.Volunteer},{m.Health},{m.Count},{m.Residents}\r\n");
        }

        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8",
            $"activity-points-{CityCode}-{FiscalYear}.csv");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Policy = await issuer.PolicyAsync(ct);
        var jst = MachiDx.Platform.JapanTime.ToJst(time.GetUtcNow().UtcDateTime);
        FiscalYear = jst.Month >= 4 ? jst.Year : jst.Year - 1;
        var fy = FiscalYear;
        var rows = await db.Grants.AsNoTracking().Where(g => g.FiscalYear == fy)
            .Select(g => new { g.Month, g.Kind, g.Points, g.Status, g.ResidentId }).ToListAsync(ct);
        Skipped = rows.Count(r => r.Status == RewardStatus.Skipped);
        var granted = rows.Where(r => r.Status == RewardStatus.Granted).ToList();
        Residents = granted.Select(r => r.ResidentId).Distinct().Count();
        Months = [.. granted.GroupBy(r => r.Month).OrderBy(g => g.Key).Select(g => new MonthRow(
            g.Key,
            g.Where(r => r.Kind == RewardKind.OnlineApplication).Sum(r => r.Points),
            g.Where(r => r.Kind == RewardKind.Volunteer).Sum(r => r.Points),
            g.Where(r => r.Kind == RewardKind.Health).Sum(r => r.Points),
            g.Count(),
            g.Select(r => r.ResidentId).Distinct().Count()))];
    }

    public sealed record MonthRow(int Month, long OnlineApplication, long Volunteer, long Health, int Count, int Residents);
}
