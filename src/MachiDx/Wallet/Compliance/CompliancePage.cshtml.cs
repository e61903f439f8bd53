using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MachiDx.Platform;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Compliance;

/// <summary>資金決済法の報告: issuer mode, the 基準日 snapshots with deposit and due date, report drafts, taking a past base date by hand.</summary>
[Authorize(Policy = WalletPolicies.Treasury)]
public sealed class CompliancePageModel(WalletDbContext db, WalletDirectory directory, SnapshotDesk desk, TenantContext tenant, TimeProvider time) : PageModel
{
    /// <summary>A due date this close (days) or closer is highlighted.</summary>
    public const int DueSoonDays = 30;

    public string CityCode => tenant.Required.Code;

    public WalletSettings Settings { get; private set; } = null!;

    public IReadOnlyList<UnusedBalanceSnapshot> Snapshots { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public DateOnly LatestBaseDate { get; private set; }

    public bool Exempt => Settings.IssuerMode == IssuerMode.CityIssued;

    [BindProperty]
    public SnapshotInput Input { get; set; } = new();

    /// <summary>The notice after a post, from the server (TempData): never from the query string, which anyone can write into a link.</summary>
    [TempData]
    public string? Taken { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var outcome = await desk.TakeAsync(Input.BaseDate!.Value, ct);
            if (outcome.Succeeded)
            {
                // Written as the page shows it: TempData's serializer would read "2024-09-30" back as a DateTime.
                Taken = Date(outcome.Snapshot!.BaseDate);
                return RedirectToPage();
            }

            ModelState.AddRefusal(outcome.Refusal!, nameof(Input));
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Days from today (JST) to <paramref name="due"/>; negative once past.</summary>
    public int DaysUntil(DateOnly due) => due.DayNumber - Today.DayNumber;

    public bool DueSoon(DateOnly due) => !Exempt && DaysUntil(due) is >= 0 and <= DueSoonDays;

    public static string Yen(long yen) => yen.ToString("N0", CultureInfo.InvariantCulture) + "円";

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task LoadAsync(CancellationToken ct)
    {
        Settings = await directory.SettingsAsync(tenant.Required, ct);
        Snapshots = await db.Snapshots.AsNoTracking().OrderByDescending(s => s.BaseDate).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        Today = DateOnly.FromDateTime(JapanTime.ToJst(now));
        LatestBaseDate = BaseDates.LatestPassed(now);
    }
}

public sealed class SnapshotInput
{
    [Display(Name = "基準日")]
    [Required(ErrorMessage = "基準日を入力してください。")]
    public DateOnly? BaseDate { get; set; }
}
