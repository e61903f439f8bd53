using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MachiDx.Tests.Infrastructure;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Merchants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Wallet;

/// <summary>Paying shops over the API: balances, idempotency, bad input, concurrency and tenancy.</summary>
public abstract class PaymentApiScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string Payments = "/api/v1/okawa/wallet/payments";

    [Fact]
    public async Task The_demo_resident_sees_purchased_value_premium_and_points_with_their_expiry()
    {
        var api = await app.Api().SignInAsync("okawa", "resident");
        using var response = await api.GetAsync("/api/v1/okawa/wallet");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var wallet = await response.Content.ReadFromJsonAsync<JsonElement>();
        var buckets = wallet.GetProperty("buckets").EnumerateArray().ToDictionary(b => b.GetProperty("bucket").GetString()!, b => b.GetProperty("balanceYen").GetInt64());
        // ¥10,000 charged at the counter in a 10% campaign, then 500 activity points from the Activities demo.
        Assert.True(buckets["Purchased"] >= 0 && buckets["Premium"] >= 0 && buckets["Points"] >= 0);
        Assert.All(wallet.GetProperty("lots").EnumerateArray(), l => Assert.True(l.GetProperty("expiresAtUtc").GetDateTime() > app.Clock.UtcNow));
    }

    [Fact]
    public async Task A_payment_moves_the_amount_once_even_when_the_same_key_is_sent_again()
    {
        var resident = await app.UserIdAsync("okawa", "jumin001");
        await app.ChargeAtCounterAsync("okawa", resident, 5_000);
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var shop = await ShopIdAsync("OKASHOP1");
        var shopBefore = await app.MerchantBalanceAsync("okawa", shop);
        var api = await app.Api().SignInAsync("okawa", "jumin001");
        var body = new { shopCode = "OKASHOP1", amountYen = 1_280, idempotencyKey = Guid.NewGuid().ToString() };

        using var first = await api.PostAsync(Payments, body);
        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var paid = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1_280, paid.GetProperty("amountYen").GetInt64());
        Assert.Equal(before - 1_280, paid.GetProperty("balanceAfterYen").GetInt64());
        Assert.Equal("大川商店（デモ加盟店）", paid.GetProperty("shopName").GetString());

        using var again = await api.PostAsync(Payments, body);
        await again.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var replay = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(replay.GetProperty("replayed").GetBoolean());
        Assert.Equal(paid.GetProperty("paymentId").GetString(), replay.GetProperty("paymentId").GetString());

        Assert.Equal(before - 1_280, (await app.WalletAsync("okawa", resident)).Total);
        Assert.Equal(shopBefore + 1_280, await app.MerchantBalanceAsync("okawa", shop));
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Theory]
    [InlineData(1_281, "OKASHOP1")]
    [InlineData(1_280, "OKASHOP2")]
    public async Task The_same_key_with_another_amount_or_shop_is_refused_and_moves_nothing(long amount, string shopCode)
    {
        var resident = await app.UserIdAsync("okawa", "jumin005");
        await app.ChargeAtCounterAsync("okawa", resident, 5_000);
        await EnsureSecondShopAsync();
        var api = await app.Api().SignInAsync("okawa", "jumin005");
        var key = Guid.NewGuid().ToString();
        using var first = await api.PostAsync(Payments, new { shopCode = "OKASHOP1", amountYen = 1_280, idempotencyKey = key });
        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var paymentId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paymentId").GetString();
        var before = await app.WalletAsync("okawa", resident);
        var shops = await Task.WhenAll(new[] { "OKASHOP1", "OKASHOP2" }.Select(async c => await app.MerchantBalanceAsync("okawa", await ShopIdAsync(c))));

        using var reused = await api.PostAsync(Payments, new { shopCode, amountYen = amount, idempotencyKey = key });

        var problem = await reused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("同じ識別キーで異なる内容の支払いが送られました", problem.GetProperty("title").GetString());
        Assert.Contains("同じ識別キーで異なる内容の支払いが送られました", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain(paymentId!, problem.ToString());
        var after = await app.WalletAsync("okawa", resident);
        Assert.Equal(before.Lots.Select(l => (l.Lot.AccountId, l.RemainingYen)), after.Lots.Select(l => (l.Lot.AccountId, l.RemainingYen)));
        Assert.Equal(shops, await Task.WhenAll(new[] { "OKASHOP1", "OKASHOP2" }.Select(async c => await app.MerchantBalanceAsync("okawa", await ShopIdAsync(c)))));
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Fact]
    public async Task The_same_key_with_the_same_content_is_a_replay_that_moves_nothing_twice()
    {
        var resident = await app.UserIdAsync("okawa", "jumin005");
        await app.ChargeAtCounterAsync("okawa", resident, 3_000);
        var shop = await ShopIdAsync("OKASHOP1");
        var api = await app.Api().SignInAsync("okawa", "jumin005");
        var body = new { shopCode = "OKASHOP1", amountYen = 700, idempotencyKey = Guid.NewGuid().ToString() };
        using var first = await api.PostAsync(Payments, body);
        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var wallet = (await app.WalletAsync("okawa", resident)).Total;
        var shopBalance = await app.MerchantBalanceAsync("okawa", shop);

        var replays = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var r = await api.PostAsync(Payments, body);
            return (r.StatusCode, (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetBoolean());
        }));

        Assert.All(replays, r => Assert.Equal((HttpStatusCode.OK, true), r));
        Assert.Equal(wallet, (await app.WalletAsync("okawa", resident)).Total);
        Assert.Equal(shopBalance, await app.MerchantBalanceAsync("okawa", shop));
    }

    [Fact]
    public async Task The_shop_pay_page_refuses_a_reused_form_key_with_another_amount()
    {
        var resident = await app.UserIdAsync("okawa", "jumin005");
        await app.ChargeAtCounterAsync("okawa", resident, 3_000);
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "jumin005");
        var form = await pages.GetAsync("/okawa/pay/OKASHOP1");
        var key = Guid.NewGuid().ToString("N");
        var paid = await pages.PostAsync("/okawa/pay/OKASHOP1?handler=Pay", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.AntiforgeryToken(), ["Input.AmountYen"] = "300", ["Key"] = key,
        });
        Assert.Equal(HttpStatusCode.Redirect, paid.Status);
        var before = (await app.WalletAsync("okawa", resident)).Total;

        // Back to the confirmation, another amount, the same form key.
        var reused = await pages.PostAsync("/okawa/pay/OKASHOP1?handler=Pay", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.AntiforgeryToken(), ["Input.AmountYen"] = "500", ["Key"] = key,
        });
        Assert.Equal(HttpStatusCode.OK, reused.Status);
        Assert.Contains("同じ識別キーで異なる内容の支払いが送られました", reused.FieldError("Input_AmountYen"));
        Assert.Equal(before, (await app.WalletAsync("okawa", resident)).Total);
    }

    [Theory]
    [InlineData("0", "amountYen")]
    [InlineData("-500", "amountYen")]
    [InlineData("1.5", "amountYen")]
    [InlineData("1000001", "amountYen")]
    [InlineData("99999999999999999999", "amountYen")]
    public async Task A_bad_amount_is_a_field_level_problem_and_moves_nothing(string amount, string field)
    {
        var resident = await app.UserIdAsync("okawa", "jumin002");
        await app.ChargeAtCounterAsync("okawa", resident, 3_000);
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var api = await app.Api().SignInAsync("okawa", "jumin002");
        var json = $$"""{"shopCode":"OKASHOP1","amountYen":{{amount}},"idempotencyKey":"{{Guid.NewGuid()}}"}""";
        using var response = await api.Http.PostAsync(Payments, new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.EnumerateObject().Any(e => e.Name.StartsWith(field, StringComparison.OrdinalIgnoreCase) || e.Name.Contains(field, StringComparison.OrdinalIgnoreCase)),
            problem.ToString());
        Assert.Equal(before, (await app.WalletAsync("okawa", resident)).Total);
    }

    [Fact]
    public async Task Another_citys_shop_code_is_refused_and_moves_nothing()
    {
        var resident = await app.UserIdAsync("okawa", "jumin002");
        await app.ChargeAtCounterAsync("okawa", resident, 1_000);
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var api = await app.Api().SignInAsync("okawa", "jumin002");
        using var response = await api.PostAsync(Payments, new { shopCode = "YUKSHOP1", amountYen = 100, idempotencyKey = Guid.NewGuid().ToString() });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("加盟店コード", problem.GetProperty("errors").GetProperty("shopCode")[0].GetString());
        Assert.Equal(before, (await app.WalletAsync("okawa", resident)).Total);
    }

    [Fact]
    public async Task More_than_the_balance_is_refused_with_a_clear_problem()
    {
        var resident = await app.UserIdAsync("okawa", "jumin003");
        await app.ChargeAtCounterAsync("okawa", resident, 1_000);
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var api = await app.Api().SignInAsync("okawa", "jumin003");
        using var response = await api.PostAsync(Payments, new { shopCode = "OKASHOP1", amountYen = before + 1, idempotencyKey = Guid.NewGuid().ToString() });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("残高が足りません", problem.GetProperty("title").GetString());
        Assert.Equal(before, (await app.WalletAsync("okawa", resident)).Total);
    }

    [Fact]
    public async Task Fifty_concurrent_payments_against_a_wallet_that_can_afford_ten_let_exactly_ten_through()
    {
        var resident = await app.UserIdAsync("okawa", "jumin004");
        var premium = await app.ChargeAtCounterAsync("okawa", resident, 10_000);
        var total = (await app.WalletAsync("okawa", resident)).Total;
        var price = total / 10;
        var shop = await ShopIdAsync("OKASHOP1");
        var shopBefore = await app.MerchantBalanceAsync("okawa", shop);
        var api = await app.Api().SignInAsync("okawa", "jumin004");

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var r = await api.PostAsync(Payments, new { shopCode = "OKASHOP1", amountYen = price, idempotencyKey = Guid.NewGuid().ToString() });
            return r.StatusCode;
        }));

        Assert.Equal(10, responses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(40, responses.Count(s => s == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(total - 10 * price, (await app.WalletAsync("okawa", resident)).Total);
        Assert.Equal(shopBefore + 10 * price, await app.MerchantBalanceAsync("okawa", shop));
        Assert.True(premium > 0);
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Fact]
    public async Task A_resident_cannot_read_or_spend_another_citys_wallet()
    {
        var api = await app.Api().SignInAsync("okawa", "resident");
        using var read = await api.GetAsync("/api/v1/yukuhashi/wallet");
        Assert.True(read.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, read.StatusCode.ToString());
        using var pay = await api.PostAsync("/api/v1/yukuhashi/wallet/payments", new { shopCode = "YUKSHOP1", amountYen = 100, idempotencyKey = Guid.NewGuid().ToString() });
        Assert.True(pay.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, pay.StatusCode.ToString());
    }

    [Fact]
    public async Task Staff_and_merchants_have_no_wallet_endpoint()
    {
        var api = await app.Api().SignInAsync("okawa", "merchant");
        using var response = await api.GetAsync("/api/v1/okawa/wallet");
        await response.ShouldHaveStatusAsync(HttpStatusCode.Forbidden);
    }

    // A second approved shop in the city, so that a key can be reused for another shop.
    private async Task EnsureSecondShopAsync() =>
        await app.WithScopeAsync("okawa", async sp =>
        {
            var db = sp.GetRequiredService<WalletDbContext>();
            if (await db.Merchants.AnyAsync(m => m.ShopCode == "OKASHOP2"))
            {
                return 0;
            }

            var desk = sp.GetRequiredService<MerchantDesk>();
            var shop = await desk.ApplyAsync(Guid.NewGuid(), new MerchantApplication("第二商店", "福岡県大川市1-2", "小売", MerchantClass.Small,
                "0177", "001", BankAccountType.Ordinary, "7654321", "ﾀﾞｲﾆｼﾖｳﾃﾝ"), CancellationToken.None);
            shop.ShopCode = "OKASHOP2";
            await db.SaveChangesAsync();
            await desk.ReviewAsync(shop, MerchantStatus.Approved, "テスト", CancellationToken.None);
            return 0;
        });

    private Task<Guid> ShopIdAsync(string code) =>
        app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().Merchants.Where(m => m.ShopCode == code).Select(m => m.Id).SingleAsync());
}

public sealed class PaymentApiOnSqlite(SqliteApp app) : PaymentApiScenarios<SqliteApp>(app);

public sealed class PaymentApiOnPostgres(PostgresApp app) : PaymentApiScenarios<PostgresApp>(app);
