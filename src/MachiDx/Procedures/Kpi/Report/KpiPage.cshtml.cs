using System.Globalization;
using System.Text;
using MachiDx.Platform;
using MachiDx.Platform.Files;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Contracts;
using MachiDx.Procedures.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Kpi.Report;

/// <summary>
/// オンライン利用率 per procedure per month for a fiscal year, beside the national figures, the city's monthly
/// trend (SVG plus table), オンライン化状況, and a CSV with the same numbers.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class KpiPageModel(IProcedureUsage usage, ProceduresDbContext db, TenantContext tenant, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    [BindProperty(SupportsGet = true, Name = "fy")]
    public int? Fy { get; set; }

    [BindProperty(SupportsGet = true, Name = "procedure")]
    public string? Procedure { get; set; }

    public FiscalYear Year { get; private set; }

    public FiscalYear CurrentYear { get; private set; }

    public string? FilterError { get; private set; }

    public IReadOnlyList<ProcedureUsageRow> Rows { get; private set; } = [];

    public IReadOnlyList<UsageSum> Procedures { get; private set; } = [];

    public IReadOnlyList<UsageSum> Trend { get; private set; } = [];

    public string TrendLabel { get; private set; } = "すべての手続き";

    public double? TrendNational { get; private set; }

    public IReadOnlyList<OnlineReadiness> Readiness { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return File(CsvText.Bytes(Csv()), "text/csv; charset=utf-8",
            string.Create(CultureInfo.InvariantCulture, $"online-usage-{CityCode}-{Year.Year}.csv"));
    }

    public string Csv()
    {
        var csv = new StringBuilder("年度,手続きコード,手続き名,年月,オンライン（MachiDX）,オンライン（他のシステム）,窓口,郵送,電話,合計,オンライン利用率(%),全国平均(%)\r\n");
        void Line(string code, string name, string month, int machidx, int other, int counter, int mail, int phone, int total, double? rate, double? national) =>
            csv.Append(CultureInfo.InvariantCulture,
                $"{Year.Year},{KpiText.CsvField(code)},{KpiText.CsvField(name)},{month},{machidx},{other},{counter},{mail},{phone},{total},{KpiText.RateCsv(rate)},{KpiText.RateCsv(national)}\r\n");
        foreach (var p in Procedures)
        {
            Line(p.Key, p.Label, "年度計", p.OnlineMachiDx, p.OnlineOther, p.Counter, p.Mail, p.Phone, p.Total, p.OnlineRatePercent, p.NationalRatePercent);
        }

        foreach (var r in Rows)
        {
            Line(r.ProcedureCode, r.ProcedureName, KpiText.Month(r.Month), r.OnlineMachiDx, r.OnlineOther, r.Counter, r.Mail, r.Phone, r.Total, r.OnlineRatePercent, r.NationalRatePercent);
        }

        return csv.ToString();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CurrentYear = FiscalYear.Of(JapanTime.Today(time));
        Year = CurrentYear;
        if (!ModelState.IsValid || Fy is < 2020 || Fy > CurrentYear.Year)
        {
            FilterError = string.Create(CultureInfo.InvariantCulture, $"年度は2020年度から{CurrentYear.Year}年度までの西暦で選んでください。{CurrentYear.Year}年度を表示しています。");
        }
        else if (Fy is { } fy)
        {
            Year = new FiscalYear(fy);
        }

        var catalogue = await db.CityProcedures.AsNoTracking().OrderBy(p => p.Kana)
            .Select(p => new { p.Code, p.Name, p.KpiGroup, p.Channels, p.PriorityLists }).ToListAsync(ct);
        Readiness = OnlineReadiness.For([.. catalogue.Select(p => (p.Channels.Contains(MachiDx.Procedures.Catalogue.Channel.Online), p.PriorityLists))]);

        Rows = await usage.MonthlyUsageAsync(Year.FirstMonth, Year.LastMonth, ct);
        var withNational = catalogue.Where(p => NationalFigures.RateFor(p.KpiGroup) is not null).Select(p => (p.Code, p.Name)).ToList();
        var shown = Rows.Select(r => (Code: r.ProcedureCode, Name: r.ProcedureName)).Concat(withNational)
            .DistinctBy(p => p.Code, StringComparer.Ordinal).ToList();
        var groups = catalogue.ToDictionary(p => p.Code, p => p.KpiGroup, StringComparer.Ordinal);
        Procedures = [.. shown
            .Select(p => UsageSum.Of(p.Code, p.Name, Rows.Where(r => r.ProcedureCode == p.Code), NationalFigures.RateFor(groups.GetValueOrDefault(p.Code))))
            .OrderByDescending(p => p.NationalRatePercent is not null).ThenByDescending(p => p.Total)];

        var trendRows = Rows.AsEnumerable();
        if (!string.IsNullOrEmpty(Procedure) && catalogue.FirstOrDefault(p => p.Code == Procedure) is { } selected)
        {
            trendRows = Rows.Where(r => r.ProcedureCode == selected.Code);
            TrendLabel = selected.Name;
            TrendNational = NationalFigures.RateFor(selected.KpiGroup);
        }
        else
        {
            Procedure = null;
        }

        var trend = trendRows.ToList();
        Trend = [.. Year.Months.Select(m => UsageSum.Of(KpiText.Month(m), m.Month.ToString(CultureInfo.InvariantCulture) + "月", trend.Where(r => r.Month == m), TrendNational))];
    }
}
