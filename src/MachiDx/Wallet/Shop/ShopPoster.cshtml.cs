using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using MachiDx.Wallet.Merchants;
using Microsoft.AspNetCore.Mvc;

namespace MachiDx.Wallet.Shop;

/// <summary>The shop's static QR poster (MPM) to print: it opens the shop's pay page.</summary>
public sealed class ShopPosterModel(MerchantDesk merchants, TenantContext tenant, CurrentActor actor) : ShopPageModel(merchants, tenant, actor)
{
    public string QrDataUri { get; private set; } = "";

    public string PayUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadShopAsync(ct) || !Approved)
        {
            return Redirect($"/{CityCode}/shop");
        }

        PayUrl = QrImages.Absolute(Request, $"/{CityCode}/pay/{Shop!.ShopCode}");
        QrDataUri = QrImages.PngDataUri(PayUrl, 12);
        return Page();
    }
}
