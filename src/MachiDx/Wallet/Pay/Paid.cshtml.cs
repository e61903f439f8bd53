using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Pay;

/// <summary>The large completion screen of the resident's own payment: amount, shop, time, remaining balance.</summary>
[Authorize(Policy = Policies.Resident)]
public sealed class PaidModel(WalletDbContext db, WalletBook book, PaymentDesk desk, TenantContext tenant, CurrentActor actor) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public long Amount { get; private set; }

    public string ShopName { get; private set; } = "";

    public DateTime PaidAtUtc { get; private set; }

    public long Balance { get; private set; }

    public async Task<IActionResult> OnGetAsync(string paymentId, CancellationToken ct)
    {
        var city = tenant.Required;
        var me = actor.UserId!.Value;
        if (WalletLedgerIds.ParseHex(paymentId) is not { } id || await desk.LegsOfAsync(city, me, id, ct) is not { Count: > 0 } legs)
        {
            return NotFound();
        }

        Amount = legs.Sum(l => l.Amount);
        PaidAtUtc = WalletLedgerIds.FromLedgerTime(legs[^1].Timestamp);
        var shops = await db.Merchants.AsNoTracking().Select(m => new { m.Id, m.Name }).ToListAsync(ct);
        ShopName = shops.FirstOrDefault(m => WalletLedgerIds.Merchant(city.Id, m.Id) == legs[0].CreditAccountId)?.Name ?? "加盟店";
        Balance = (await book.ViewAsync(city, me, reload: false, ct)).Total;
        return Page();
    }
}
