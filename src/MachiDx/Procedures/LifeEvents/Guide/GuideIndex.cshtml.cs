using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Procedures.LifeEvents.Guide;

public sealed class GuideIndexModel(CityGuides guides, TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<GuideGraph> Graphs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Graphs = await guides.AllAsync(ct);
}
