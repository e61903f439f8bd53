using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Platform.Tenancy.Home;

public sealed class IndexModel(MunicipalityDirectory directory) : PageModel
{
    public IReadOnlyList<MunicipalityInfo> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Municipalities = await directory.GetAllAsync(ct);
}
