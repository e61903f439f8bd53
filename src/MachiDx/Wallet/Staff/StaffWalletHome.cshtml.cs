using MachiDx.Ledger;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Staff;

/// <summary>The currency at a glance for staff: value issued and outstanding, budgets, merchants waiting for review.</summary>
[Authorize(Policy = WalletPolicies.Counter)]
public sealed class StaffWalletHomeModel(WalletDbContext db, WalletDirectory directory, WalletBook book, ILedger ledger, ChargeDesk charges, TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public WalletSettings Settings { get; private set; } = null!;

    public long PurchasedIssued { get; private set; }

    public long RewardBudgetLeft { get; private set; }

    public long Expired { get; private set; }

    public long PaidOut { get; private set; }

    public int MerchantsWaiting { get; private set; }

    public int MerchantsApproved { get; private set; }

    public IReadOnlyList<(Campaign Campaign, long Left)> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var city = tenant.Required;
        await book.EnsureCityAsync(city.Id, ct);
        Settings = await directory.SettingsAsync(city, ct);
        var ids = new[] { AccountKind.CashIn, AccountKind.RewardBudget, AccountKind.ExpiredValue, AccountKind.PayoutClearing }
            .Select(k => WalletLedgerIds.SystemAccount(city.Id, k)).ToArray();
        var balances = await ledger.GetBalancesAsync(WalletLedgerIds.Ledger(city.Id), ids, ct);
        PurchasedIssued = balances[0]?.Balance.DebitBalance ?? 0;
        RewardBudgetLeft = balances[1]?.Balance.Available ?? 0;
        Expired = balances[2]?.Balance.CreditBalance ?? 0;
        PaidOut = balances[3]?.Balance.CreditBalance ?? 0;
        MerchantsWaiting = await db.Merchants.CountAsync(m => m.Status == MerchantStatus.Applied, ct);
        MerchantsApproved = await db.Merchants.CountAsync(m => m.Status == MerchantStatus.Approved, ct);
        Campaigns = await charges.CampaignsWithBudgetAsync(city.Id, take: 10, ct);
    }
}
