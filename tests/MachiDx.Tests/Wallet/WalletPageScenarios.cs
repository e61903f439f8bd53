using System.Net;
using MachiDx.Ledger;
using MachiDx.Tests.Infrastructure;
using MachiDx.Wallet.Cards;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Pay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Wallet;

/// <summary>The resident's and the shop's pages over real HTTP: charging, the three ways to pay, refunds.</summary>
public abstract class WalletPageScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Fact]
    public async Task A_resident_charges_online_and_receives_the_premium_the_page_explained()
    {
        var resident = await app.UserIdAsync("okawa", "jumin005");
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "jumin005");
        var start = await pages.GetAsync("/okawa/wallet/charge");
        Assert.Contains("デモ用の決済シミュレーター", start.Text);
        Assert.Contains("年末年始プレミアムキャンペーン", start.Text);

        var preview = await pages.SubmitAsync("/okawa/wallet/charge", new Dictionary<string, string> { ["Input.AmountYen"] = "5000" }, "/okawa/wallet/charge?handler=Preview");
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("内容の確認", preview.Text);
        var premium = long.Parse(preview.Hidden("ExpectedPremium"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(500, premium); // 10% base, no activity points yet

        var done = await pages.PostAsync("/okawa/wallet/charge?handler=Confirm", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = preview.AntiforgeryToken(),
            ["Input.AmountYen"] = "5000",
            ["ExpectedPremium"] = "500",
            ["RequestKey"] = preview.Hidden("RequestKey"),
        });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var receipt = await pages.GetAsync(done.Location!);
        Assert.Contains("チャージが完了しました", receipt.Text);
        Assert.Contains("5,500円分", receipt.Text);
        Assert.Equal(before + 5_500, (await app.WalletAsync("okawa", resident)).Total);

        // The same confirmation again (a double submit) charges nothing more.
        var again = await pages.PostAsync("/okawa/wallet/charge?handler=Confirm", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = preview.AntiforgeryToken(),
            ["Input.AmountYen"] = "5000",
            ["ExpectedPremium"] = "500",
            ["RequestKey"] = preview.Hidden("RequestKey"),
        });
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal(before + 5_500, (await app.WalletAsync("okawa", resident)).Total);
        var home = await pages.GetAsync("/okawa/wallet");
        Assert.Contains("オンラインでチャージ", home.Text);
        Assert.Contains("チャージのプレミアム（10%）", home.Text);
    }

    [Theory]
    [InlineData("500", "1,000円から50,000円")]
    [InlineData("60000", "1,000円から50,000円")]
    [InlineData("abc", "")]
    [InlineData("", "入力してください")]
    public async Task A_bad_charge_amount_is_a_field_error_and_charges_nothing(string amount, string message)
    {
        var resident = await app.UserIdAsync("okawa", "jumin005");
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "jumin005");
        var page = await pages.SubmitAsync("/okawa/wallet/charge", new Dictionary<string, string> { ["Input.AmountYen"] = amount }, "/okawa/wallet/charge?handler=Preview");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.FieldError("Input_AmountYen") ?? "(none)");
        Assert.DoesNotContain("内容の確認", page.Text);
        Assert.Equal(before, (await app.WalletAsync("okawa", resident)).Total);
    }

    [Fact]
    public async Task A_resident_pays_by_the_shops_static_qr_once_even_when_the_form_is_sent_twice()
    {
        var resident = await app.UserIdAsync("okawa", "jumin001");
        await app.ChargeAtCounterAsync("okawa", resident, 3_000);
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "jumin001");
        var form = await pages.GetAsync("/okawa/pay/OKASHOP1");
        Assert.Contains("大川商店（デモ加盟店）", form.Text);
        var key = form.Hidden("Key");

        var confirm = await pages.PostAsync("/okawa/pay/OKASHOP1?handler=Confirm", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.AntiforgeryToken(), ["Input.AmountYen"] = "750", ["Key"] = key,
        });
        Assert.Contains("750円を支払う", confirm.Text);
        var pay = new Dictionary<string, string> { ["__RequestVerificationToken"] = confirm.AntiforgeryToken(), ["Input.AmountYen"] = "750", ["Key"] = key };
        var paid = await pages.PostAsync("/okawa/pay/OKASHOP1?handler=Pay", pay);
        Assert.Equal(HttpStatusCode.Redirect, paid.Status);
        var again = await pages.PostAsync("/okawa/pay/OKASHOP1?handler=Pay", pay);
        Assert.Equal(paid.Location, again.Location);

        var done = await pages.GetAsync(paid.Location!);
        Assert.Contains("お支払いが完了しました", done.Text);
        Assert.Contains("750円", done.Text);
        Assert.Contains("大川商店（デモ加盟店）", done.Text);
        Assert.Equal(before - 750, (await app.WalletAsync("okawa", resident)).Total);

        // Another resident cannot open this completion page.
        var other = app.Pages();
        await other.LoginAsync("okawa", "jumin002");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(paid.Location!)).Status);
    }

    [Fact]
    public async Task Paying_more_than_the_balance_or_a_bad_amount_on_the_shop_page_is_a_field_error()
    {
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "jumin003");
        foreach (var (amount, expected) in new[] { ("0", "1円から"), ("-3", "1円から"), ("1.5", ""), ("99999999", "1円から"), ("999999", "残高") })
        {
            var page = await pages.SubmitAsync("/okawa/pay/OKASHOP1", new Dictionary<string, string> { ["Input.AmountYen"] = amount, ["Key"] = Guid.NewGuid().ToString("N") },
                "/okawa/pay/OKASHOP1?handler=Confirm");
            Assert.Contains(expected, page.FieldError("Input_AmountYen") ?? "(none)");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync("/okawa/pay/YUKSHOP1")).Status);
    }

    [Fact]
    public async Task A_one_time_qr_is_paid_once_and_a_replay_by_anyone_moves_nothing()
    {
        var payer = await app.UserIdAsync("okawa", "jumin002");
        var other = await app.UserIdAsync("okawa", "jumin003");
        await app.ChargeAtCounterAsync("okawa", payer, 2_000);
        await app.ChargeAtCounterAsync("okawa", other, 2_000);
        var payerBefore = (await app.WalletAsync("okawa", payer)).Total;
        var otherBefore = (await app.WalletAsync("okawa", other)).Total;

        var shop = app.Pages();
        await shop.LoginAsync("okawa", "merchant");
        var created = await shop.SubmitAsync("/okawa/shop/request", new Dictionary<string, string> { ["Input.AmountYen"] = "880" });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var qrPage = await shop.GetAsync(created.Location!);
        Assert.Contains("880円", qrPage.Text);
        Assert.Contains("data:image/png;base64,", qrPage.Html);
        var token = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().PaymentRequests.OrderByDescending(r => r.CreatedAtUtc).Select(r => r.Token).FirstAsync());

        var resident = app.Pages();
        await resident.LoginAsync("okawa", "jumin002");
        var confirm = await resident.GetAsync($"/okawa/pay/r/{token}");
        Assert.Contains("880円を支払う", confirm.Text);
        var paid = await resident.PostAsync($"/okawa/pay/r/{token}", new Dictionary<string, string> { ["__RequestVerificationToken"] = confirm.AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.Redirect, paid.Status);
        var replay = await resident.PostAsync($"/okawa/pay/r/{token}", new Dictionary<string, string> { ["__RequestVerificationToken"] = confirm.AntiforgeryToken() });
        Assert.Equal(paid.Location, replay.Location);

        var second = app.Pages();
        await second.LoginAsync("okawa", "jumin003");
        var used = await second.GetAsync($"/okawa/pay/r/{token}");
        Assert.Contains("すでに使われています", used.Text);
        var forced = await second.PostAsync($"/okawa/pay/r/{token}", new Dictionary<string, string> { ["__RequestVerificationToken"] = used.AntiforgeryToken() });
        Assert.Contains("すでに使われています", forced.Text);

        Assert.Equal(payerBefore - 880, (await app.WalletAsync("okawa", payer)).Total);
        Assert.Equal(otherBefore, (await app.WalletAsync("okawa", other)).Total);
        var status = await shop.GetAsync(created.Location! + "&handler=Status");
        Assert.Contains("\"paid\":true", status.Html);
    }

    [Fact]
    public async Task A_shop_accepts_a_qr_card_and_wrong_pins_lock_it()
    {
        var resident = await app.UserIdAsync("okawa", "jumin004");
        await app.ChargeAtCounterAsync("okawa", resident, 2_000);
        var (issued, issuedPin, _) = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<CardDesk>().IssueAsync(resident, CancellationToken.None));
        var card = Assert.IsType<QrCard>(issued);
        var pin = Assert.IsType<string>(issuedPin);
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var shop = app.Pages();
        await shop.LoginAsync("okawa", "merchant");
        var wrong = pin == "0000" ? "1111" : "0000";

        async Task<Page> TryAsync(string p, string amount = "300") =>
            await shop.SubmitAsync("/okawa/shop/card", new Dictionary<string, string>
            {
                ["Input.CardNumber"] = CardDesk.Format(card.CardNumber), ["Input.AmountYen"] = amount, ["Input.Pin"] = p, ["Key"] = Guid.NewGuid().ToString("N"),
            });

        var ok = await TryAsync(pin);
        Assert.Contains("お支払いが完了しました", ok.Text);
        Assert.Equal(before - 300, (await app.WalletAsync("okawa", resident)).Total);

        var first = await TryAsync(wrong);
        Assert.Contains("あと4回", first.FieldError("Input_Pin"));
        for (var i = 0; i < 4; i++)
        {
            await TryAsync(wrong);
        }

        var locked = await TryAsync(pin);
        Assert.Contains("ロックされています", locked.FieldError("Input_Pin"));
        Assert.Equal(before - 300, (await app.WalletAsync("okawa", resident)).Total);

        var unknown = await shop.SubmitAsync("/okawa/shop/card", new Dictionary<string, string>
        {
            ["Input.CardNumber"] = "9100000000000002", ["Input.AmountYen"] = "100", ["Input.Pin"] = "1234", ["Key"] = Guid.NewGuid().ToString("N"),
        });
        Assert.Contains("この市では使えません", unknown.FieldError("Input_CardNumber")); // yukuhashi's demo card
    }

    [Fact]
    public async Task A_shop_refunds_part_of_a_payment_back_into_the_residents_wallet()
    {
        var resident = await app.UserIdAsync("okawa", "jumin001");
        await app.ChargeAtCounterAsync("okawa", resident, 2_000);
        var api = await app.Api().SignInAsync("okawa", "jumin001");
        using var response = await api.PostAsync("/api/v1/okawa/wallet/payments", new { shopCode = "OKASHOP1", amountYen = 1_000, idempotencyKey = Guid.NewGuid().ToString() });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var paymentId = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content)).GetProperty("paymentId").GetString()!;
        var afterPayment = (await app.WalletAsync("okawa", resident)).Total;

        var shop = app.Pages();
        await shop.LoginAsync("okawa", "merchant");
        var path = $"/okawa/shop/payments/{paymentId}/refund";
        var refund = await shop.SubmitAsync(path, new Dictionary<string, string> { ["Input.AmountYen"] = "400", ["Input.Reason"] = "一部返品", ["Key"] = Guid.CreateVersion7().ToString() });
        Assert.Contains("返金しました", refund.Text);
        Assert.Equal(afterPayment + 400, (await app.WalletAsync("okawa", resident)).Total);

        var tooMuch = await shop.SubmitAsync(path, new Dictionary<string, string> { ["Input.AmountYen"] = "601", ["Input.Reason"] = "返品", ["Key"] = Guid.CreateVersion7().ToString() });
        Assert.Contains("600円まで", tooMuch.FieldError("Input_AmountYen"));
        Assert.Equal(afterPayment + 400, (await app.WalletAsync("okawa", resident)).Total);
        await app.AssertLedgerConsistentAsync("okawa");

        // Residents and other cities' merchants cannot reach the shop's refund page.
        var residentPages = app.Pages();
        await residentPages.LoginAsync("okawa", "jumin001");
        Assert.Equal(HttpStatusCode.Forbidden, (await residentPages.GetAsync(path)).Status);
        var otherShop = app.Pages();
        await otherShop.LoginAsync("yukuhashi", "merchant");
        Assert.NotEqual(HttpStatusCode.OK, (await otherShop.GetAsync(path)).Status);
    }

    [Fact]
    public async Task The_shop_pages_show_the_poster_and_the_sales_of_that_shop_only()
    {
        var shop = app.Pages();
        await shop.LoginAsync("okawa", "merchant");
        var poster = await shop.GetAsync("/okawa/shop/poster");
        Assert.Contains("OKASHOP1", poster.Text);
        Assert.Contains("/okawa/pay/OKASHOP1", poster.Text);
        var home = await shop.GetAsync("/okawa/shop");
        Assert.Contains("本日の売上", home.Text);
        Assert.DoesNotContain("jumin", home.Html);
    }
}

public sealed class WalletPagesOnSqlite(SqliteApp app) : WalletPageScenarios<SqliteApp>(app);

public sealed class WalletPagesOnPostgres(PostgresApp app) : WalletPageScenarios<PostgresApp>(app);
