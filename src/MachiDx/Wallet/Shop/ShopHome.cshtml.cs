using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Merchants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Shop;

/// <summary>The shop's home: status, today's sales, unpaid sales, recent payments (with refunds), and the tools.</summary>
public sealed class ShopHomeModel(MerchantDesk merchants, SalesBook sales, WalletDirectory directory, Data.WalletDbContext db, TenantContext tenant, CurrentActor actor)
    : ShopPageModel(merchants, tenant, actor)
{
    public ShopSales? Sales { get; private set; }

    public Settings.PayoutCycle Cycle { get; private set; }

    public IReadOnlyList<(Payouts.PayoutLine Line, Payouts.PayoutRun Run)> Statements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadShopAsync(ct) && Approved)
        {
            Sales = await sales.SalesAsync(Shop!, 200, ct);
            Cycle = (await directory.SettingsAsync(Tenant.Required, ct)).PayoutCycle;
            var lines = await db.PayoutLines.AsNoTracking().Where(l => l.MerchantId == Shop!.Id).OrderByDescending(l => l.Id).Take(24).ToListAsync(ct);
            var runIds = lines.Select(l => l.RunId).ToList();
            var runs = await db.PayoutRuns.AsNoTracking().Where(r => runIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
            Statements = [.. lines.Select(l => (l, runs[l.RunId]))];
        }

        return Page();
    }
}
