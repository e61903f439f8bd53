using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Procedures.LifeEvents.Guide;

public sealed class GuideIndexModel(GuideLibrary library, TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<GuideGraph> Graphs => library.Graphs;

    public void OnGet()
    {
    }
}
