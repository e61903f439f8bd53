using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Pay;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Shop;

/// <summary>★ The shop enters the amount and shows a one-time QR; the page follows its status until the customer pays.</summary>
public sealed class ShopRequestModel(MerchantDesk merchants, WalletDbContext db, TenantContext tenant, CurrentActor actor, TimeProvider time)
    : ShopPageModel(merchants, tenant, actor)
{
    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public PaymentRequest? Current { get; private set; }

    public string? QrDataUri { get; private set; }

    public string? PayUrl { get; private set; }

    public bool Expired => Current is { Status: PaymentRequestStatus.Open } r && r.ExpiresAtUtc <= time.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadShopAsync(ct) || !Approved)
        {
            return Redirect($"/{CityCode}/shop");
        }

        if (id is { } requestId)
        {
            Current = await db.PaymentRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.MerchantId == Shop!.Id, ct);
            if (Current is null)
            {
                return NotFound();
            }

            PayUrl = QrImages.Absolute(Request, $"/{CityCode}/pay/r/{Current.Token}");
            QrDataUri = QrImages.PngDataUri(PayUrl);
        }

        return Page();
    }

    /// <summary>The request's status as JSON, for the page's polling script.</summary>
    public async Task<IActionResult> OnGetStatusAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadShopAsync(ct))
        {
            return NotFound();
        }

        var r = await db.PaymentRequests.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.MerchantId == Shop!.Id, ct);
        return r is null ? NotFound() : new JsonResult(new { paid = r.Status == PaymentRequestStatus.Paid, text = StatusText(r) });
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadShopAsync(ct) || !Approved)
        {
            return Redirect($"/{CityCode}/shop");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = await Merchants.CreateRequestAsync(Shop!, Input.AmountYen!.Value, ct);
        return Redirect($"/{CityCode}/shop/request?id={request.Id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadShopAsync(ct))
        {
            return NotFound();
        }

        var r = await db.PaymentRequests.SingleOrDefaultAsync(x => x.Id == id && x.MerchantId == Shop!.Id && x.Status == PaymentRequestStatus.Open, ct);
        if (r is not null)
        {
            r.Status = PaymentRequestStatus.Cancelled;
            await db.SaveChangesAsync(ct);
        }

        return Redirect($"/{CityCode}/shop/request?id={id}");
    }

    public string StatusText(PaymentRequest r) => r.Status switch
    {
        PaymentRequestStatus.Paid => $"お支払いが完了しました（{MachiDx.Platform.JapanTime.Format(r.PaidAtUtc!.Value)}）。",
        PaymentRequestStatus.Cancelled => "取り消しました。",
        _ when r.ExpiresAtUtc <= time.GetUtcNow().UtcDateTime => "有効期限が切れました。新しいQRコードを表示してください。",
        _ => "お客さまのお支払いを待っています…",
    };
}

public sealed class RequestInput
{
    [Display(Name = "お支払い金額（円）")]
    [Required(ErrorMessage = "金額を入力してください。")]
    [Range(1, PaymentDesk.MaxPaymentYen, ErrorMessage = "金額は1円から1,000,000円までの整数で入力してください。")]
    public long? AmountYen { get; set; }
}
