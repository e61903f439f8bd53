using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Insight.Dashboard.Public;

/// <summary>
/// The city's public DX summary for the current fiscal year: the dashboard's city-level aggregates only (online rate per
/// procedure, overtime and leave per head against national figures, hours saved by service, currency circulation,
/// activity participation) — no person, no department — with the same CSV as the staff dashboard.
/// </summary>
[AllowAnonymous]
public sealed class DxSummaryPageModel(DxDashboardReader reader, TenantContext tenant, TimeProvider time) : PageModel
{
    public DxFigures Figures { get; private set; } = null!;

    public DxHeadline Headline { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Figures = await reader.ReadAsync(FiscalYears.Current(time), ct);
        Headline = Figures.Headline();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Figures = await reader.ReadAsync(FiscalYears.Current(time), ct);
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"dx-summary-{tenant.Required.Code}-{Figures.FiscalYear}.csv");
        return File(Figures.CsvBytes(), "text/csv; charset=utf-8", name);
    }
}
