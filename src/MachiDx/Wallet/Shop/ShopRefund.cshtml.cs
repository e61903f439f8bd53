using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Pay;
using Microsoft.AspNetCore.Mvc;

namespace MachiDx.Wallet.Shop;

/// <summary>Refund (all or part of) one of the shop's payments, back into the customer's wallet.</summary>
public sealed class ShopRefundModel(MerchantDesk merchants, SalesBook sales, RefundDesk refunds, TenantContext tenant, CurrentActor actor)
    : ShopPageModel(merchants, tenant, actor)
{
    public SaleLine? Sale { get; private set; }

    [BindProperty]
    public RefundInput Input { get; set; } = new();

    [BindProperty]
    public Guid Key { get; set; }

    public bool Refunded { get; private set; }

    public async Task<IActionResult> OnGetAsync(string paymentId, CancellationToken ct)
    {
        if (!await LoadAsync(paymentId, ct))
        {
            return NotFound();
        }

        Key = Guid.CreateVersion7();
        Input.AmountYen = Sale!.AmountYen - Sale.RefundedYen;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string paymentId, CancellationToken ct)
    {
        if (!await LoadAsync(paymentId, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || Key == Guid.Empty)
        {
            return Page();
        }

        var outcome = await refunds.RefundAsync(Shop!, paymentId, Input.AmountYen!.Value, Input.Reason!, Key, ct);
        if (outcome.Refund is null)
        {
            // Every refusal of a refund is about the amount (not this shop's payment, already refunded, over the rest).
            ModelState.AddModelError("Input.AmountYen", outcome.Refusal!.Message);
            return Page();
        }

        await LoadAsync(paymentId, ct);
        Refunded = true;
        return Page();
    }

    private async Task<bool> LoadAsync(string paymentId, CancellationToken ct)
    {
        if (!await LoadShopAsync(ct) || !Approved)
        {
            return false;
        }

        Sale = (await sales.SalesAsync(Shop!, 1000, ct)).Recent.FirstOrDefault(s => s.PaymentId == paymentId);
        return Sale is not null;
    }
}

public sealed class RefundInput
{
    [Display(Name = "返金する金額（円）")]
    [Required(ErrorMessage = "返金する金額を入力してください。")]
    [Range(1, PaymentDesk.MaxPaymentYen, ErrorMessage = "返金する金額は1円以上の整数で入力してください。")]
    public long? AmountYen { get; set; }

    [Display(Name = "返金の理由")]
    [Required(ErrorMessage = "返金の理由を入力してください。")]
    [StringLength(200, ErrorMessage = "返金の理由は200文字以内で入力してください。")]
    public string? Reason { get; set; }
}
