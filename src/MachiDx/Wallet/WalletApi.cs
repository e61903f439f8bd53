using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Pay;
using MachiDx.Wallet.Settings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MachiDx.Wallet;

/// <summary>The resident's wallet over JSON: balances per bucket with expiries, and payments with an idempotency key.</summary>
internal static class WalletApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(WalletApiPaths.Wallet, GetWalletAsync).RequireAuthorization(Policies.Resident)
            .WithName("GetWallet").WithSummary("自分のウォレット：残高と有効期限 (The caller's wallet: balances and expiries)").WithTags("Wallet");
        app.MapPost(WalletApiPaths.Payments, PayAsync).RequireAuthorization(Policies.Resident).RequireRateLimiting(RateLimitPolicies.Payment)
            .WithName("Pay").WithSummary("お店に支払う。同じ idempotencyKey の再送は二重に支払いません (Pay a shop; idempotent by key)").WithTags("Wallet");
    }

    private static async Task<Ok<WalletResponse>> GetWalletAsync(
        WalletBook book, TenantContext tenant, CurrentActor actor, CancellationToken ct)
    {
        var view = await book.ViewAsync(tenant.Required, actor.UserId!.Value, reload: false, ct);
        return TypedResults.Ok(ToResponse(view));
    }

    private static async Task<Results<Created<PaymentResponse>, Ok<PaymentResponse>, ValidationProblem, ProblemHttpResult>> PayAsync(
        PaymentInput input, PaymentDesk desk, MerchantDirectory merchants, TenantContext tenant, CurrentActor actor, CancellationToken ct)
    {
        var city = tenant.Required;
        var merchant = await merchants.FindAsync(city, input.ShopCode!, ct);
        if (merchant is null)
        {
            return ApiProblems.Validation(new Dictionary<string, string[]> { ["shopCode"] = ["この市の加盟店コードではありません。QRコードをご確認ください。"] });
        }

        var outcome = await desk.PayAsync(city, actor.UserId!.Value, merchant, (long)input.AmountYen!.Value, input.IdempotencyKey!, ct);
        var body = new PaymentResponse(outcome.PaymentId ?? "", merchant.ShopCode, merchant.Name, outcome.AmountYen, outcome.BalanceAfterYen, outcome.PaidAtUtc, outcome.Status == PaymentStatus.AlreadyPaid);
        return outcome.Status switch
        {
            PaymentStatus.Paid => TypedResults.Created($"/api/v1/{city.Code}/wallet/payments/{outcome.PaymentId}", body),
            PaymentStatus.AlreadyPaid => TypedResults.Ok(body),
            PaymentStatus.KeyReusedWithDifferentRequest => outcome.Refusal!.ToProblem(PaymentOutcome.DifferentRequestTitle),
            _ => outcome.Refusal!.ToProblem(),
        };
    }

    internal static WalletResponse ToResponse(WalletView view) => new(
        view.Total,
        [.. Enum.GetValues<Bucket>().Select(b => new BucketBalance(b.ToString(), WalletSettings.BucketLabel(b), view.InBucket(b)))],
        [.. view.Lots.Where(l => l.RemainingYen > 0).OrderBy(l => l.Lot.ExpiresAtUtc)
            .Select(l => new LotResponse(l.Lot.Bucket.ToString(), l.Lot.Description, l.RemainingYen, l.Lot.ExpiresAtUtc))]);
}

public sealed record WalletResponse(long TotalYen, IReadOnlyList<BucketBalance> Buckets, IReadOnlyList<LotResponse> Lots);

public sealed record BucketBalance(string Bucket, string Label, long BalanceYen);

public sealed record LotResponse(string Bucket, string Description, long RemainingYen, DateTime ExpiresAtUtc);

public sealed record PaymentResponse(string PaymentId, string ShopCode, string ShopName, long AmountYen, long BalanceAfterYen, DateTime? PaidAtUtc, bool Replayed);

/// <summary>A payment request. The key is chosen by the client (e.g. a UUID per tap) and makes retries safe.</summary>
public sealed class PaymentInput
{
    [Required(ErrorMessage = "加盟店コードを指定してください。")]
    [StringLength(12, ErrorMessage = "加盟店コードが正しくありません。")]
    public string? ShopCode { get; set; }

    /// <summary>Whole yen. Declared as a decimal so that 1.5 or 10^20 get a field-level error rather than an unreadable body.</summary>
    [Required(ErrorMessage = "金額を指定してください。")]
    [Range(typeof(decimal), "1", "1000000", ErrorMessage = "金額は1円から1,000,000円までの整数で指定してください。")]
    [RegularExpression(@"^\d+$", ErrorMessage = "金額は1円単位の整数で指定してください（小数は使えません）。")]
    public decimal? AmountYen { get; set; }

    [Required(ErrorMessage = "idempotencyKey を指定してください（支払いごとに新しい値）。")]
    [StringLength(64, MinimumLength = 8, ErrorMessage = "idempotencyKey は8文字以上64文字以内で指定してください。")]
    public string? IdempotencyKey { get; set; }
}
