using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Merchants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Compliance;

/// <summary>使用できる場所: the approved merchants' names and addresses (nothing else about them); public.</summary>
[AllowAnonymous]
public sealed class LegalMerchantsModel(WalletDbContext db, WalletDirectory directory, TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public string CurrencyName { get; private set; } = "";

    public IReadOnlyList<MerchantPlace> Places { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        CurrencyName = (await directory.SettingsAsync(tenant.Required, ct)).CurrencyName;
        Places = await db.Merchants.AsNoTracking().Where(m => m.Status == MerchantStatus.Approved)
            .OrderBy(m => m.Name).Select(m => new MerchantPlace(m.Name, m.Address, m.Category)).ToListAsync(ct);
    }
}

public sealed record MerchantPlace(string Name, string Address, string Category);
