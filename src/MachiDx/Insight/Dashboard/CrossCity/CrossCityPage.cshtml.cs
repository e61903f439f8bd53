using System.Globalization;
using System.Text;
using MachiDx.Platform.Files;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Insight.Dashboard.CrossCity;

/// <summary>
/// The platform administrator's side-by-side view of every municipality's headline DX figures. Each city is read in
/// its own DI scope with that city bound on <see cref="TenantContext"/>, so every module's tenant filter applies as
/// in a request of that city; nothing switches the filter off.
/// </summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class CrossCityPageModel(MunicipalityDirectory municipalities, IServiceScopeFactory scopes, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "fy")]
    public int? Year { get; set; }

    public int FiscalYear { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<DxHeadline> Cities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Every city's headline figures, one row per city and figure (自治体コード, 自治体, 項目, 値; UTF-8 with BOM).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var csv = new StringBuilder(CsvText.Line(["自治体コード", "自治体", "年度", "項目", "値"]));
        foreach (var c in Cities)
        {
            foreach (var (item, value) in Items(c))
            {
                csv.Append(CsvText.Line([c.CityCode, c.CityName, c.FiscalYear.ToString(CultureInfo.InvariantCulture), item, value]));
            }
        }

        return File(CsvText.Bytes(csv.ToString()), "text/csv; charset=utf-8", string.Create(CultureInfo.InvariantCulture, $"dx-dashboard-cities-{FiscalYear}.csv"));
    }

    /// <summary>The figures of one city's row, in the order of the page's table.</summary>
    public static IEnumerable<(string Item, string Value)> Items(DxHeadline c)
    {
        ArgumentNullException.ThrowIfNull(c);
        yield return ("オンライン件数", N(c.OnlineCases));
        yield return ("全件数", N(c.AllCases));
        yield return ("オンライン利用率（%）", D(c.OnlineRatePercent));
        yield return ("1人あたり残業時間（年換算・時間）", D(c.OvertimePerHeadYear));
        yield return ("1人あたり年休取得日数（年換算・日）", D(c.LeaveDaysPerHead));
        yield return ("デジラボ削減時間（年度・時間）", D(c.HoursSavedInYear));
        yield return ("デジラボ削減時間（累計・時間）", D(c.HoursSavedCumulative));
        yield return ("チャージ額（円）", N(c.ChargedYen));
        yield return ("プレミアム付与額（円）", N(c.PremiumYen));
        yield return ("地域での利用額（円）", N(c.SpentLocallyYen));
        yield return ("利用額1円あたりのプレミアム負担（円）", D(c.PremiumCostPerYen));
        yield return ("ポイントを受け取った住民（実人数・人）", N(c.ResidentsRewarded));
        yield return ("ボランティア参加（人）", N(c.VolunteerAttendances));

        static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

        static string D(double? value) => value is { } v ? Math.Round(v, 3, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture) : "";
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var current = FiscalYears.Current(time);
        Years = [.. Enumerable.Range(current - 4, 5).Reverse()];
        FiscalYear = Year is { } y && y >= current - 10 && y <= current + 1 ? y : current;
        var rows = new List<DxHeadline>();
        foreach (var city in await municipalities.GetAllAsync(ct))
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(city);
            var figures = await scope.ServiceProvider.GetRequiredService<DxDashboardReader>().ReadAsync(FiscalYear, ct);
            rows.Add(figures.Headline());
        }

        Cities = rows;
    }
}
