using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Identity;
using MachiDx.Platform.People;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Cards;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Merchants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Staff;

/// <summary>
/// The city counter: find the resident (e-mail or QRカード number), record a cash charge with its premium and hand a
/// receipt, issue a QRカード (the PIN is shown once) or unlock one.
/// </summary>
[Authorize(Policy = WalletPolicies.Counter)]
public sealed class CounterModel(
    WalletDbContext db, WalletBook book, ChargeDesk charges, CardDesk cards, PeopleDirectory people, TenantContext tenant, CurrentActor actor) : PageModel
{
    public string CityCode => tenant.Required.Code;

    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    [BindProperty]
    public Guid ResidentId { get; set; }

    [BindProperty]
    public CounterChargeInput Input { get; set; } = new();

    [BindProperty]
    public long ExpectedPremium { get; set; }

    [BindProperty]
    public string? RequestKey { get; set; }

    public ResidentCard? Resident { get; private set; }

    public WalletView? Wallet { get; private set; }

    public QrCard? Card { get; private set; }

    public ChargePreview? Preview { get; private set; }

    public ChargeRecord? Charged { get; private set; }

    public (QrCard Card, string Pin, string Qr)? Issued { get; private set; }

    public string? NotFoundMessage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Find))
        {
            return;
        }

        var digits = new string([.. Find.Where(char.IsAsciiDigit)]);
        Guid? id = null;
        if (digits.Length == 16 && !Find.Contains('@', StringComparison.Ordinal))
        {
            id = await db.Cards.AsNoTracking().Where(c => c.CardNumber == digits && c.Status != QrCardStatus.Revoked).Select(c => (Guid?)c.ResidentId).FirstOrDefaultAsync(ct);
        }
        else if ((await people.ResidentByEmailAsync(Find, ct)) is { } r)
        {
            id = r.UserId;
        }

        if (id is null)
        {
            NotFoundMessage = "該当する住民が見つかりません。メールアドレスまたはQRカードの番号をご確認ください。";
            return;
        }

        await LoadAsync(id.Value, ct);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ResidentId, ct))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var preview = await charges.PreviewAsync(tenant.Required, ResidentId, Input.AmountYen!.Value, ct);
            preview.Errors.ToList().ForEach(e => ModelState.AddModelError("Input.AmountYen", e));
            if (preview.Errors.Count == 0)
            {
                Preview = preview;
                ExpectedPremium = preview.PremiumYen;
                RequestKey = Guid.NewGuid().ToString("N");
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostChargeAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ResidentId, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || RequestKey is not { Length: >= 16 and <= 64 })
        {
            return Page();
        }

        var outcome = await charges.ChargeAsync(tenant.Required, ResidentId, Input.AmountYen!.Value, ExpectedPremium, ChargeChannel.Counter,
            "窓口 " + actor.Name, RequestKey, ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("Input.AmountYen", outcome.Error ?? "チャージできませんでした。");
            return Page();
        }

        Charged = outcome.Charge;
        await LoadAsync(ResidentId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostIssueCardAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ResidentId, ct))
        {
            return NotFound();
        }

        var (card, pin, error) = await cards.IssueAsync(ResidentId, ct);
        if (card is null || pin is null)
        {
            ModelState.AddModelError(string.Empty, error ?? "カードを発行できませんでした。");
            await LoadAsync(ResidentId, ct);
            return Page();
        }

        Issued = (card, pin, QrImages.PngDataUri(card.CardNumber, 6));
        await LoadAsync(ResidentId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ResidentId, ct))
        {
            return NotFound();
        }

        if (Card is { Status: QrCardStatus.Locked } locked)
        {
            var tracked = await db.Cards.SingleAsync(c => c.Id == locked.Id, ct);
            await cards.UnlockAsync(tracked, ct);
            await LoadAsync(ResidentId, ct);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid residentId, CancellationToken ct)
    {
        Resident = await people.ResidentAsync(residentId, ct);
        if (Resident is null)
        {
            return false;
        }

        ResidentId = residentId;
        Wallet = await book.ViewAsync(tenant.Required, residentId, reload: true, ct);
        Card = await db.Cards.AsNoTracking().Where(c => c.ResidentId == residentId && c.Status != QrCardStatus.Revoked)
            .OrderByDescending(c => c.IssuedAtUtc).FirstOrDefaultAsync(ct);
        return true;
    }
}

public sealed class CounterChargeInput
{
    [Display(Name = "受け取った現金（チャージ額）")]
    [Required(ErrorMessage = "チャージ額を入力してください。")]
    [Range(1, 10_000_000, ErrorMessage = "チャージ額は1円以上の整数で入力してください。")]
    public long? AmountYen { get; set; }
}
