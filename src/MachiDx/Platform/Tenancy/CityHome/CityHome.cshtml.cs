using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Platform.Tenancy.CityHome;

public sealed class CityHomeModel : PageModel
{
    public void OnGet()
    {
    }
}
