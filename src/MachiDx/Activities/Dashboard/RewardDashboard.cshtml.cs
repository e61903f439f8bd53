using System.Globalization;
using System.Text;
using MachiDx.Activities.Data;
using MachiDx.Activities.Events;
using MachiDx.Activities.Rewards;
using MachiDx.Platform.Files;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Dashboard;

/// <summary>Points granted by kind and month, budget use, participation and the top events of the fiscal year, with CSV exports.</summary>
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

    /// <summary>Residents who received points, per kind of activity.</summary>
    public IReadOnlyDictionary<RewardKind, int> ResidentsByKind { get; private set; } = new Dictionary<RewardKind, int>();

    /// <summary>The fiscal year's events with the most attendance.</summary>
    public IReadOnlyList<EventRow> TopEvents { get; private set; } = [];

    public int EventCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetEventsCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var csv = new StringBuilder("開催日,活動名,主催,定員,申込・参加,参加者(受付済み),参加ポイント\r\n");
        foreach (var e in TopEvents)
        {
            csv.Append(CsvText.Line([e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Title, e.Organizer,
                .. new long[] { e.Capacity, e.Taken, e.Attended, e.Points }.Select(n => n.ToString(CultureInfo.InvariantCulture))]));
        }

        return Csv(csv, $"volunteer-events-{CityCode}-{FiscalYear}.csv");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var csv = new StringBuilder("年月,オンライン申請(pt),ボランティア(pt),健康づくり(pt),付与件数,対象人数\r\n");
        foreach (var m in Months)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{m.Month / 100}-{m.Month % 100:00},{m.OnlineApplication},{m.Volunteer},{m.Health},{m.Count},{m.Residents}\r\n");
        }

        return Csv(csv, $"activity-points-{CityCode}-{FiscalYear}.csv");
    }

    private FileContentResult Csv(StringBuilder csv, string name) => File(CsvText.Bytes(csv.ToString()), "text/csv; charset=utf-8", name);

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
        ResidentsByKind = granted.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Select(r => r.ResidentId).Distinct().Count());

        var from = MachiDx.Platform.JapanTime.StartOfDayUtc(new DateOnly(fy, 4, 1));
        var to = MachiDx.Platform.JapanTime.StartOfDayUtc(new DateOnly(fy + 1, 4, 1));
        var events = await db.Events.AsNoTracking().Where(e => e.StartsAtUtc >= from && e.StartsAtUtc < to && e.Status == EventStatus.Open)
            .Select(e => new { e.Id, e.Title, e.OrganizerName, e.StartsAtUtc, e.Capacity, e.Taken, e.RewardPoints }).ToListAsync(ct);
        EventCount = events.Count;
        var ids = events.Select(e => e.Id).ToList();
        var attended = await db.Registrations.AsNoTracking().Where(r => ids.Contains(r.EventId) && r.Status == RegistrationStatus.Attended)
            .GroupBy(r => r.EventId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        TopEvents = [.. events.Select(e => new EventRow(DateOnly.FromDateTime(MachiDx.Platform.JapanTime.ToJst(e.StartsAtUtc)), e.Title, e.OrganizerName, e.Capacity, e.Taken,
                attended.GetValueOrDefault(e.Id), e.RewardPoints))
            .OrderByDescending(e => e.Attended).ThenByDescending(e => e.Taken).ThenBy(e => e.Date).Take(10)];
        Months = [.. granted.GroupBy(r => r.Month).OrderBy(g => g.Key).Select(g => new MonthRow(
            g.Key,
            g.Where(r => r.Kind == RewardKind.OnlineApplication).Sum(r => r.Points),
            g.Where(r => r.Kind == RewardKind.Volunteer).Sum(r => r.Points),
            g.Where(r => r.Kind == RewardKind.Health).Sum(r => r.Points),
            g.Count(),
            g.Select(r => r.ResidentId).Distinct().Count()))];
    }

    public sealed record MonthRow(int Month, long OnlineApplication, long Volunteer, long Health, int Count, int Residents);

    public sealed record EventRow(DateOnly Date, string Title, string Organizer, int Capacity, int Taken, int Attended, long Points);
}
