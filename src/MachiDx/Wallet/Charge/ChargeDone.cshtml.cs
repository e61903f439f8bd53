using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Charge;

/// <summary>The receipt of the resident's own charge (another person's receipt number is a 404).</summary>
[Authorize(Policy = Policies.Resident)]
public sealed class ChargeDoneModel(WalletDbContext db, WalletBook book, TenantContext tenant, CurrentActor actor) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public ChargeRecord Charge { get; private set; } = null!;

    public long Balance { get; private set; }

    public async Task<IActionResult> OnGetAsync(string receipt, CancellationToken ct)
    {
        var me = actor.UserId!.Value;
        var charge = await db.Charges.AsNoTracking().SingleOrDefaultAsync(c => c.ReceiptNumber == receipt && c.ResidentId == me, ct);
        if (charge is null)
        {
            return NotFound();
        }

        Charge = charge;
        Balance = (await book.ViewAsync(tenant.Required, me, reload: false, ct)).Total;
        return Page();
    }
}
