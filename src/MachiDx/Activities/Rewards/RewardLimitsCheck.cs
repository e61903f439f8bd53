using System.Globalization;
using MachiDx.Activities.Data;
using MachiDx.Platform.Hosting;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Rewards;

/// <summary>
/// Activity points ≤ the monthly cap per resident and ≤ the fiscal-year budget, as <see cref="RewardIssuer"/> keeps them:
/// the decisions that count (granted or being granted; skipped ones do not) add up, per resident and JST month, to at
/// most the policy's monthly cap (0 = none), and per fiscal year to at most its budget. The policy keeps no history, so
/// the rules checked are the ones in force now: a cap or budget lowered below what was already granted is reported too.
/// </summary>
internal sealed class RewardLimitsCheck(ActivitiesDbContext db) : IMunicipalityIntegrityCheck
{
    public const string MonthlyCap = "points ≤ monthly cap";

    public const string YearBudget = "points ≤ year budget";

    public async Task<IReadOnlyList<IntegrityResult>> CheckAsync(MunicipalityInfo city, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(city);
        var ct = cancellationToken;
        var policy = await db.Policies.AsNoTracking().SingleOrDefaultAsync(ct) ?? new RewardPolicy();
        var counted = db.Grants.AsNoTracking().Where(g => g.Status != RewardStatus.Skipped);
        var c = CultureInfo.InvariantCulture;

        var cap = policy.MonthlyCapPoints;
        var months = cap <= 0 ? [] : await counted.GroupBy(g => new { g.ResidentId, g.Month }).Where(g => g.Sum(x => x.Points) > cap)
            .Select(g => new { g.Key.ResidentId, g.Key.Month, Points = g.Sum(x => x.Points) }).ToListAsync(ct);
        var residents = months.Select(m => m.ResidentId).Distinct().ToList();
        var monthGrants = months.Count == 0 ? [] : await counted.Where(g => residents.Contains(g.ResidentId))
            .Select(g => new { g.Id, g.ResidentId, g.Month, g.Points }).ToListAsync(ct);
        var monthly = months.Select(m => string.Create(c, $"resident {m.ResidentId} month {m.Month}: {m.Points:N0} pt > cap {cap:N0} pt [")
            + string.Join(", ", monthGrants.Where(g => g.ResidentId == m.ResidentId && g.Month == m.Month).Select(g => string.Create(c, $"grant {g.Id} {g.Points:N0} pt")))
            + "]").ToList();

        var budget = policy.FiscalYearBudgetPoints;
        var years = await counted.GroupBy(g => g.FiscalYear).Where(g => g.Sum(x => x.Points) > budget)
            .Select(g => new { FiscalYear = g.Key, Points = g.Sum(x => x.Points), Grants = g.Count() }).ToListAsync(ct);
        var yearly = new List<string>();
        foreach (var y in years)
        {
            var largest = await counted.Where(g => g.FiscalYear == y.FiscalYear).OrderByDescending(g => g.Points).Take(5)
                .Select(g => new { g.Id, g.ResidentId, g.Points }).ToListAsync(ct);
            yearly.Add(string.Create(c, $"fiscal year {y.FiscalYear}: {y.Points:N0} pt in {y.Grants} grants > budget {budget:N0} pt [largest: ")
                + string.Join(", ", largest.Select(g => string.Create(c, $"grant {g.Id} resident {g.ResidentId} {g.Points:N0} pt"))) + "]");
        }

        return
        [
            IntegrityDetail.Of(MonthlyCap, city, monthly, cap <= 0 ? "no monthly cap set" : string.Create(c, $"every resident within {cap:N0} pt a month")),
            IntegrityDetail.Of(YearBudget, city, yearly, string.Create(c, $"every fiscal year within {budget:N0} pt")),
        ];
    }
}
