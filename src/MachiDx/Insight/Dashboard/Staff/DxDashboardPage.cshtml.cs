using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Insight.Dashboard.Staff;

/// <summary>
/// The city's DX dashboard for a fiscal year: online usage per procedure against national rates, overtime and leave
/// against national figures, DigiLab hours saved, currency circulation and activity participation — each chart with
/// its table — and one CSV with every figure.
/// </summary>
[Authorize(Policy = InsightPolicies.Dashboard)]
public sealed class DxDashboardPageModel(DxDashboardReader reader, TenantContext tenant, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "fy")]
    public int? Year { get; set; }

    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public DxFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Figures = await reader.ReadAsync(ChooseYear(), ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Figures = await reader.ReadAsync(ChooseYear(), ct);
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"dx-dashboard-{CityCode}-{Figures.FiscalYear}.csv");
        return File(Figures.CsvBytes(), "text/csv; charset=utf-8", name);
    }

    /// <summary>The requested fiscal year within the last ten and the next one; the current one by default.</summary>
    private int ChooseYear()
    {
        var current = FiscalYears.Current(time);
        Years = [.. Enumerable.Range(current - 4, 5).Reverse()];
        return Year is { } y && y >= current - 10 && y <= current + 1 ? y : current;
    }
}
