using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Merchants;
using Microsoft.AspNetCore.Mvc;

namespace MachiDx.Wallet.Shop;

/// <summary>The shop's home: status, today's sales, unpaid sales, recent payments (with refunds), and the tools.</summary>
public sealed class ShopHomeModel(MerchantDesk merchants, SalesBook sales, TenantContext tenant, CurrentActor actor) : ShopPageModel(merchants, tenant, actor)
{
    public ShopSales? Sales { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadShopAsync(ct) && Approved)
        {
            Sales = await sales.SalesAsync(Shop!, 50, ct);
        }

        return Page();
    }
}
