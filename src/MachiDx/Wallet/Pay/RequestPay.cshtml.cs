using MachiDx.Platform.Identity;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Merchants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Pay;

/// <summary>
/// ★ A shop's one-time QR: the shop entered the amount; the resident only confirms. The payment id comes from the
/// QR's token (shared by whoever scans it), so a replayed QR, a second phone or a double tap pays at most once.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Payment)]
[Authorize(Policy = Policies.Resident)]
public sealed class RequestPayModel(WalletDbContext db, WalletBook book, PaymentDesk desk, TenantContext tenant, CurrentActor actor, TimeProvider time) : PageModel
{
    public const string KeyScope = "one-time-qr";

    public string CityCode => tenant.Required.Code;

    public PaymentRequest PaymentRequest { get; private set; } = null!;

    public Merchant Shop { get; private set; } = null!;

    public long Balance { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct))
        {
            return NotFound();
        }

        Problem = StateProblem();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct))
        {
            return NotFound();
        }

        var me = actor.UserId!.Value;
        if (PaymentRequest.Status == PaymentRequestStatus.Paid && PaymentRequest.PaidById == me && PaymentRequest.PaymentId is { } done)
        {
            return Redirect($"/{CityCode}/wallet/paid/{done}");
        }

        if (StateProblem() is { } problem)
        {
            Problem = problem;
            return Page();
        }

        var card = new MerchantCard(Shop.Id, Shop.MunicipalityId, Shop.ShopCode, Shop.Name, Shop.Status == MerchantStatus.Approved);
        var outcome = await desk.PayAsync(tenant.Required, me, card, PaymentRequest.AmountYen, PaymentRequest.Token, ct, keyScope: KeyScope);
        if (!outcome.Succeeded)
        {
            Problem = outcome.Message;
            return Page();
        }

        var id = WalletLedgerIds.ParseHex(outcome.PaymentId)!.Value;
        if (outcome.Status == PaymentStatus.AlreadyPaid && (await desk.LegsOfAsync(tenant.Required, me, id, ct)).Count == 0)
        {
            Problem = "このQRコードはすでに使われています。お店の方に新しいQRコードを表示してもらってください。";
            return Page();
        }

        PaymentRequest.Status = PaymentRequestStatus.Paid;
        PaymentRequest.PaidById = me;
        PaymentRequest.PaidAtUtc = outcome.PaidAtUtc;
        PaymentRequest.PaymentId = outcome.PaymentId;
        PaymentRequest.BalanceAfterYen = outcome.BalanceAfterYen;
        await db.SaveChangesAsync(ct);
        return Redirect($"/{CityCode}/wallet/paid/{outcome.PaymentId}");
    }

    private string? StateProblem() => PaymentRequest.Status switch
    {
        PaymentRequestStatus.Paid => "このQRコードはすでに使われています。お店の方に新しいQRコードを表示してもらってください。",
        PaymentRequestStatus.Cancelled => "このQRコードはお店で取り消されました。",
        _ when PaymentRequest.ExpiresAtUtc <= time.GetUtcNow().UtcDateTime => "このQRコードは有効期限が切れています。お店の方に新しいQRコードを表示してもらってください。",
        _ when Shop.Status != MerchantStatus.Approved => "このお店では現在お支払いを受け付けていません。",
        _ => null,
    };

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        var request = await db.PaymentRequests.SingleOrDefaultAsync(r => r.Token == token, ct);
        if (request is null || await db.Merchants.AsNoTracking().SingleOrDefaultAsync(m => m.Id == request.MerchantId, ct) is not { } shop)
        {
            return false;
        }

        PaymentRequest = request;
        Shop = shop;
        Balance = (await book.ViewAsync(tenant.Required, actor.UserId!.Value, reload: false, ct)).Total;
        return true;
    }
}
