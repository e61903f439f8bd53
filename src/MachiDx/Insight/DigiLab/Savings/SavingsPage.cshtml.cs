using MachiDx.Insight.Data;
using MachiDx.Insight.DigiLab.Request;
using MachiDx.Insight.Shared;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.DigiLab.Savings;

/// <summary>Hours saved by service type, month by month and cumulatively (as Kitakyushu's デジラボ reports them), and where the hours went.</summary>
[Authorize(Policy = InsightPolicies.Staff)]
public sealed class SavingsPageModel(InsightDbContext db, TenantContext tenant, StaffDirectory directory, CurrentActor actor, TimeProvider time)
    : InsightPage(tenant, directory, actor, time)
{
    public IReadOnlyList<DateOnly> Months { get; private set; } = [];

    /// <summary>Hours saved per month and service type.</summary>
    public IReadOnlyDictionary<(DateOnly, ServiceType), double> Monthly { get; private set; } = new Dictionary<(DateOnly, ServiceType), double>();

    public IReadOnlyList<(FreedHoursUse Use, double Hours)> FreedByUse { get; private set; } = [];

    public double Cumulative(ServiceType type, DateOnly upTo) => Monthly.Where(kv => kv.Key.Item2 == type && kv.Key.Item1 <= upTo).Sum(kv => kv.Value);

    public double Total(ServiceType type) => Monthly.Where(kv => kv.Key.Item2 == type).Sum(kv => kv.Value);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadContextAsync(ct);
        var requests = await db.Requests.AsNoTracking().Include(r => r.Usage).Include(r => r.FreedHours).ToListAsync(ct);
        Monthly = requests.SelectMany(r => r.Usage.Select(u => (Key: (u.Month, r.Type), Hours: r.HoursSaved(u))))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Sum(x => x.Hours));
        if (Monthly.Count > 0)
        {
            var first = Monthly.Keys.Min(k => k.Item1);
            var last = Monthly.Keys.Max(k => k.Item1);
            var months = new List<DateOnly>();
            for (var m = first; m <= last; m = m.AddMonths(1))
            {
                months.Add(m);
            }

            Months = months;
        }

        FreedByUse = [.. DigiLabLabels.Uses.Select(u => (u, requests.SelectMany(r => r.FreedHours).Where(f => f.Use == u).Sum(f => f.Hours)))];
    }
}
