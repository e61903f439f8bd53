using MachiDx.Activities.Contracts;
using MachiDx.Activities.Data;
using MachiDx.Activities.Events;
using MachiDx.Activities.Rewards;
using MachiDx.Platform;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Figures;

/// <summary>Granted points by kind and month, distinct residents rewarded and volunteer attendances, summed in SQL.</summary>
internal sealed class ActivityFigures(ActivitiesDbContext db) : IActivityFigures
{
    public async Task<IReadOnlyList<ActivityMonth>> MonthlyAsync(DateOnly fromMonth, DateOnly toMonth, CancellationToken cancellationToken)
    {
        var first = new DateOnly(fromMonth.Year, fromMonth.Month, 1);
        var last = new DateOnly(toMonth.Year, toMonth.Month, 1);
        if (last < first)
        {
            return [];
        }

        var (from, to) = (Key(first), Key(last));
        var points = await db.Grants.AsNoTracking()
            .Where(g => g.Status == RewardStatus.Granted && g.Month >= from && g.Month <= to)
            .GroupBy(g => new { g.Month, g.Kind })
            .Select(g => new { g.Key.Month, g.Key.Kind, Points = g.Sum(x => x.Points) })
            .ToListAsync(cancellationToken);
        var residents = await db.Grants.AsNoTracking()
            .Where(g => g.Status == RewardStatus.Granted && g.Month >= from && g.Month <= to)
            .Select(g => new { g.Month, g.ResidentId }).Distinct()
            .GroupBy(g => g.Month)
            .Select(g => new { Month = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var fromUtc = JapanTime.StartOfDayUtc(first);
        var toUtc = JapanTime.StartOfDayUtc(last.AddMonths(1));
        var attended = await (from r in db.Registrations.AsNoTracking()
                              join e in db.Events.AsNoTracking() on r.EventId equals e.Id
                              where r.Status == RegistrationStatus.Attended && e.StartsAtUtc >= fromUtc && e.StartsAtUtc < toUtc
                              select e.StartsAtUtc).ToListAsync(cancellationToken);
        var attendances = attended.GroupBy(s => Key(DateOnly.FromDateTime(JapanTime.ToJst(s)))).ToDictionary(g => g.Key, g => g.Count());

        var rows = new List<ActivityMonth>();
        for (var m = first; m <= last; m = m.AddMonths(1))
        {
            var key = Key(m);
            long Sum(RewardKind kind) => points.Where(p => p.Month == key && p.Kind == kind).Sum(p => p.Points);
            rows.Add(new ActivityMonth(m, Sum(RewardKind.OnlineApplication), Sum(RewardKind.Volunteer), Sum(RewardKind.Health),
                residents.FirstOrDefault(r => r.Month == key)?.Count ?? 0, attendances.GetValueOrDefault(key)));
        }

        return rows;
    }

    public async Task<int> ResidentsRewardedAsync(DateOnly fromMonth, DateOnly toMonth, CancellationToken cancellationToken)
    {
        var (from, to) = (Key(fromMonth), Key(toMonth));
        return await db.Grants.AsNoTracking()
            .Where(g => g.Status == RewardStatus.Granted && g.Month >= from && g.Month <= to)
            .Select(g => g.ResidentId).Distinct().CountAsync(cancellationToken);
    }

    /// <summary>yyyyMM, as <see cref="RewardGrant.Month"/> stores it.</summary>
    private static int Key(DateOnly month) => (month.Year * 100) + month.Month;
}
