using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Cards;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Pay;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace MachiDx.Wallet.Shop;

/// <summary>
/// QRカード acceptance for residents without a smartphone: the shop scans or types the card number and the amount,
/// the customer types the PIN. Wrong PINs count towards the card's lock.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Pin)]
public sealed class ShopCardModel(MerchantDesk merchants, CardDesk cards, PaymentDesk payments, TenantContext tenant, CurrentActor actor)
    : ShopPageModel(merchants, tenant, actor)
{
    [BindProperty]
    public CardPaymentInput Input { get; set; } = new();

    [BindProperty]
    public string? Key { get; set; }

    public PaymentOutcome? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadShopAsync(ct) || !Approved)
        {
            return Redirect($"/{CityCode}/shop");
        }

        Key = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadShopAsync(ct) || !Approved)
        {
            return Redirect($"/{CityCode}/shop");
        }

        if (!ModelState.IsValid || Key is not { Length: >= 16 and <= 64 })
        {
            return Page();
        }

        var (check, card, triesLeft) = await cards.VerifyAsync(Input.CardNumber!, Input.Pin!, ct);
        switch (check)
        {
            case CardCheck.UnknownCard:
                ModelState.AddModelError("Input.CardNumber", "このカードはこの市では使えません。カード番号をご確認ください。");
                return Page();
            case CardCheck.Locked:
                ModelState.AddModelError("Input.Pin", "このカードは暗証番号の誤りが続いたためロックされています。市役所の窓口でロックの解除をお申し出ください。");
                return Page();
            case CardCheck.WrongPin:
                ModelState.AddModelError("Input.Pin", $"暗証番号が違います。あと{triesLeft}回まちがえるとカードがロックされます。");
                return Page();
        }

        var shop = new MerchantCard(Shop!.Id, Shop.MunicipalityId, Shop.ShopCode, Shop.Name, Approved);
        var outcome = await payments.PayAsync(Tenant.Required, card!.ResidentId, shop, Input.AmountYen!.Value, "card:" + Key, ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("Input.AmountYen", outcome.Message);
            return Page();
        }

        Done = outcome;
        ModelState.Clear();
        Input = new CardPaymentInput();
        Key = Guid.NewGuid().ToString("N");
        return Page();
    }
}

public sealed class CardPaymentInput
{
    [Display(Name = "カード番号（16桁）")]
    [Required(ErrorMessage = "カード番号を入力するか、QRを読み取ってください。")]
    [RegularExpression(@"^[0-9 \-]{16,19}$", ErrorMessage = "カード番号は16桁の数字で入力してください。")]
    public string? CardNumber { get; set; }

    [Display(Name = "お支払い金額（円）")]
    [Required(ErrorMessage = "金額を入力してください。")]
    [Range(1, PaymentDesk.MaxPaymentYen, ErrorMessage = "金額は1円から1,000,000円までの整数で入力してください。")]
    public long? AmountYen { get; set; }

    [Display(Name = "暗証番号（4桁）")]
    [Required(ErrorMessage = "お客さまに暗証番号を入力してもらってください。")]
    [RegularExpression("^[0-9]{4}$", ErrorMessage = "暗証番号は4桁の数字です。")]
    public string? Pin { get; set; }
}
