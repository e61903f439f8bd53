using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Insight.Dashboard.Public;

/// <summary>
/// The city's public DX summary for the current fiscal year: city-level aggregates only (online rate per procedure,
/// overtime and leave per head against national figures, hours saved, currency totals, residents rewarded) — no
/// person, no department.
/// </summary>
[AllowAnonymous]
public sealed class DxSummaryPageModel(DxDashboardReader reader, TimeProvider time) : PageModel
{
    public DxFigures Figures { get; private set; } = null!;

    public DxHeadline Headline { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Figures = await reader.ReadAsync(FiscalYears.Current(time), ct);
        Headline = Figures.Headline();
    }
}
