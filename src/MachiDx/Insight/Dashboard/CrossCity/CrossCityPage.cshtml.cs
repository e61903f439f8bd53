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

    public async Task OnGetAsync(CancellationToken ct)
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
