using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Home;

/// <summary>The resident's wallet: total and per-bucket balances, what expires when, notices and history.</summary>
[Authorize(Policy = Policies.Resident)]
public sealed class WalletHomeModel(WalletDbContext db, WalletDirectory directory, WalletBook book, WalletHistory history, TenantContext tenant, CurrentActor actor, TimeProvider time) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public WalletSettings Settings { get; private set; } = null!;

    public WalletView Wallet { get; private set; } = null!;

    public IReadOnlyList<HistoryLine> History { get; private set; } = [];

    public IReadOnlyList<WalletNotice> Notices { get; private set; } = [];

    public DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = actor.UserId!.Value;
        Settings = await directory.SettingsAsync(tenant.Required, ct);
        Wallet = await book.ViewAsync(tenant.Required, me, reload: false, ct);
        History = await history.RecentAsync(tenant.Required, me, 30, ct);
        var since = time.GetUtcNow().UtcDateTime.AddDays(-30);
        Notices = await db.Notices.AsNoTracking().Where(n => n.ResidentId == me && n.CreatedAtUtc >= since)
            .OrderByDescending(n => n.CreatedAtUtc).Take(10).ToListAsync(ct);
    }

    public int DaysLeft(DateTime expiresAtUtc) => (int)Math.Ceiling((expiresAtUtc - NowUtc).TotalDays);
}
