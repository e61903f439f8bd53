using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Merchants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Wallet.Shop;

/// <summary>Base of the shop's pages: the signed-in merchant's own shop in this city (never another's).</summary>
[Authorize(Policy = Policies.Merchant)]
public abstract class ShopPageModel(MerchantDesk merchants, TenantContext tenant, CurrentActor actor) : PageModel
{
    public string CityCode => tenant.Required.Code;

    protected MerchantDesk Merchants => merchants;

    protected CurrentActor Actor => actor;

    protected TenantContext Tenant => tenant;

    public Merchant? Shop { get; private set; }

    public bool Approved => Shop is { Status: MerchantStatus.Approved };

    protected async Task<bool> LoadShopAsync(CancellationToken ct)
    {
        Shop = await merchants.MineAsync(actor.UserId!.Value, ct);
        return Shop is not null;
    }
}
