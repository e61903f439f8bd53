using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MachiDx.Platform.People;
using MachiDx.Platform.Web;
using MachiDx.Wallet.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Wallet.Compliance;

/// <summary>払戻し at the counter: find the resident by e-mail, show the purchased balance per lot, refund all of it for an allowed reason.</summary>
[Authorize(Policy = WalletPolicies.Treasury)]
public sealed class RefundsPageModel(CashRefundDesk desk, PeopleDirectory people, MachiDx.Platform.Tenancy.TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public bool Enabled { get; private set; }

    public RefundPeriodSummary Summary { get; private set; } = null!;

    public IReadOnlyList<CashRefundRecord> Recent { get; private set; } = [];

    public ResidentCard? Resident { get; private set; }

    public IReadOnlyList<LotBalance> PurchasedLots { get; private set; } = [];

    public WalletView? Wallet { get; private set; }

    public CashRefundRecord? Done { get; private set; }

    [BindProperty]
    public RefundInput Input { get; set; } = new();

    /// <summary>Idempotency key of the refund form (nullable: the search form does not send it).</summary>
    [BindProperty]
    public string? RequestKey { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public Guid? DoneId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostFindAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            await FindResidentAsync(ct);
        }

        RequestKey = Guid.NewGuid().ToString("N");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRefundAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && await FindResidentAsync(ct) is { } resident)
        {
            if (RequestKey is not { Length: >= 16 and <= 64 })
            {
                RequestKey = Guid.NewGuid().ToString("N");
                ModelState.AddModelError("", "画面を開き直してから、もう一度お手続きください。");
            }
            else
            {
                var outcome = await desk.RefundAsync(resident, Input.Reason, RequestKey, ct);
                if (outcome.Succeeded)
                {
                    return RedirectToPage(new { done = outcome.Record!.Id });
                }

                ModelState.AddRefusal(outcome.Refusal!, nameof(Input));
                if (outcome.Record is not null)
                {
                    RequestKey = Guid.NewGuid().ToString("N");
                }

                PurchasedLots = await desk.PurchasedLotsAsync(resident.UserId, ct);
                Wallet = await desk.WalletAsync(resident.UserId, ct);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSwitchAsync(bool enable, CancellationToken ct)
    {
        await desk.SetEnabledAsync(enable, ct);
        return RedirectToPage();
    }

    public static string Yen(long yen) => yen.ToString("N0", CultureInfo.InvariantCulture) + "円";

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private async Task<ResidentCard?> FindResidentAsync(CancellationToken ct)
    {
        Resident = await people.ResidentByEmailAsync(Input.Email!, ct);
        if (Resident is null)
        {
            ModelState.AddModelError("Input.Email", "このメールアドレスで登録された住民が見つかりません。");
            return null;
        }

        PurchasedLots = await desk.PurchasedLotsAsync(Resident.UserId, ct);
        Wallet = await desk.WalletAsync(Resident.UserId, ct);
        return Resident;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Enabled = await desk.IsEnabledAsync(ct);
        Summary = await desk.PeriodSummaryAsync(ct);
        Recent = await desk.RecentAsync(20, ct);
        Done = DoneId is { } id ? Recent.FirstOrDefault(r => r.Id == id) : null;
    }
}

public sealed class RefundInput
{
    [Display(Name = "住民のメールアドレス")]
    [Required(ErrorMessage = "住民のメールアドレスを入力してください。")]
    [EmailAddress(ErrorMessage = "メールアドレスの形式が正しくありません。")]
    public string? Email { get; set; }

    [Display(Name = "払戻しの理由")]
    public string? Reason { get; set; }
}
