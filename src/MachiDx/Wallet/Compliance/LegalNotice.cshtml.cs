using System.Globalization;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Compliance;

/// <summary>「資金決済法に基づく表示」 (法13条, 府令21–22条), generated from the city's wallet settings; public.</summary>
[AllowAnonymous]
public sealed class LegalNoticeModel(WalletDbContext db, WalletDirectory directory, TenantContext tenant) : PageModel
{
    public MunicipalityInfo City => tenant.Required;

    public WalletSettings Settings { get; private set; } = null!;

    public int MerchantCount { get; private set; }

    public bool CityIssued => Settings.IssuerMode == IssuerMode.CityIssued;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Settings = await directory.SettingsAsync(City, ct);
        MerchantCount = await db.Merchants.CountAsync(m => m.Status == MerchantStatus.Approved, ct);
    }

    public static string Yen(long yen) => yen.ToString("N0", CultureInfo.InvariantCulture) + "円";

    /// <summary>How a lot's validity reads: a lot is valid until 24:00 of the day <paramref name="days"/> days after its grant.</summary>
    public static string Validity(int days) =>
        string.Create(CultureInfo.InvariantCulture, $"付与（チャージ）された日から{days}日後の日の24時まで");
}
