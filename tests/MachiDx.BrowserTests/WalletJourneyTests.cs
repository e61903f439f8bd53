using MachiDx.BrowserTests.Infrastructure;
using MachiDx.BrowserTests.Pages;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Wallet.Zengin;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Contracts;
using MachiDx.Wallet.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MachiDx.BrowserTests;

/// <summary>The digital local currency in a real browser, with axe on every page.</summary>
public sealed class WalletJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_resident_charges_with_premium_then_pays_by_static_qr_and_by_a_shops_one_time_qr()
    {
        var resident = await app.NewPageAsync();
        await new AccountPages(resident, "okawa").LoginAsDemoAsync("jumin001");
        await resident.VisitAsync("/okawa/wallet");
        await resident.GetByRole(AriaRole.Link, new() { Name = "チャージする" }).ClickAsync();
        await resident.AssertAccessibleAsync();
        Assert.Contains("年末年始プレミアムキャンペーン", await resident.Locator("main").InnerTextAsync());
        await resident.GetByLabel("チャージする金額（円）").FillAsync("10000");
        await resident.GetByRole(AriaRole.Button, new() { Name = "確認へ進む" }).ClickAsync();
        await resident.AssertAccessibleAsync();
        Assert.Contains("1,000円（10%）", await resident.Locator("main").InnerTextAsync());
        await resident.GetByRole(AriaRole.Button, new() { Name = "10,000円を支払ってチャージする" }).ClickAsync();
        await resident.WaitForURLAsync("**/wallet/charge/done/**");
        await resident.AssertAccessibleAsync();
        Assert.Contains("11,000円分", await resident.Locator(".paid").InnerTextAsync());

        // (a) The shop's static QR: the resident types the amount and confirms.
        await resident.VisitAsync("/okawa/pay/OKASHOP1");
        await resident.GetByLabel("お支払い金額（円）").FillAsync("1200");
        await resident.GetByRole(AriaRole.Button, new() { Name = "確認する" }).ClickAsync();
        await resident.AssertAccessibleAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "1,200円を支払う" }).ClickAsync();
        await resident.WaitForURLAsync("**/wallet/paid/**");
        await resident.AssertAccessibleAsync();
        var paid = await resident.Locator(".paid").InnerTextAsync();
        Assert.Contains("1,200円", paid);
        Assert.Contains("大川商店（デモ加盟店）", paid);
        Assert.Contains("9,800円分", paid);

        // (b) ★ The shop types the amount and shows a one-time QR; the resident only confirms.
        var shop = await app.NewPageAsync();
        await new AccountPages(shop, "okawa").LoginAsDemoAsync("merchant");
        await shop.VisitAsync("/okawa/shop");
        await shop.GetByRole(AriaRole.Link, new() { Name = "金額を入れてQRを表示する" }).ClickAsync();
        await shop.AssertAccessibleAsync();
        await shop.GetByLabel("お支払い金額（円）").FillAsync("800");
        await shop.GetByRole(AriaRole.Button, new() { Name = "QRコードを表示する" }).ClickAsync();
        await shop.WaitForURLAsync("**/shop/request?id=**");
        await shop.AssertAccessibleAsync();
        var url = await shop.Locator(".pay-url").InnerTextAsync();

        await resident.VisitAsync(new Uri(url).PathAndQuery);
        await resident.GetByRole(AriaRole.Button, new() { Name = "800円を支払う" }).ClickAsync();
        await resident.WaitForURLAsync("**/wallet/paid/**");
        Assert.Contains("9,000円分", await resident.Locator(".paid").InnerTextAsync());

        // The shop's screen follows the payment by itself, and a replay of the QR pays nothing.
        await Assertions.Expect(shop.Locator("#request-status")).ToContainTextAsync("お支払いが完了しました", new() { Timeout = 15_000 });
        await shop.AssertAccessibleAsync();
        await resident.VisitAsync(new Uri(url).PathAndQuery);
        Assert.Contains("すでに使われています", await resident.Locator("main").InnerTextAsync());
        await resident.VisitAsync("/okawa/wallet");
        Assert.Contains("9,000", await resident.Locator(".wallet-total").InnerTextAsync());
    }

    [Fact]
    public async Task A_shop_accepts_a_qr_card_with_its_pin_and_refunds_part_of_the_payment()
    {
        var shop = await app.NewPageAsync();
        await new AccountPages(shop, "okawa").LoginAsDemoAsync("merchant");
        await shop.VisitAsync("/okawa/shop/card");
        await shop.GetByLabel("カード番号（16桁）").FillAsync("9100 0000 0000 0001");
        await shop.GetByLabel("お支払い金額（円）").FillAsync("500");
        await shop.GetByLabel("暗証番号（4桁）").FillAsync("9999");
        await shop.GetByRole(AriaRole.Button, new() { Name = "支払いを受け付ける" }).ClickAsync();
        await shop.AssertAccessibleAsync();
        Assert.Contains("暗証番号が違います", await shop.Locator(".error-summary").InnerTextAsync());

        await shop.GetByLabel("カード番号（16桁）").FillAsync("9100 0000 0000 0001");
        await shop.GetByLabel("お支払い金額（円）").FillAsync("500");
        await shop.GetByLabel("暗証番号（4桁）").FillAsync("1234");
        await shop.GetByRole(AriaRole.Button, new() { Name = "支払いを受け付ける" }).ClickAsync();
        await shop.AssertAccessibleAsync();
        Assert.Contains("500円", await shop.Locator(".paid").InnerTextAsync());

        await shop.VisitAsync("/okawa/shop");
        await shop.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("返金する.*500円") }).First.ClickAsync();
        await shop.AssertAccessibleAsync();
        await shop.GetByLabel("返金する金額（円）").FillAsync("200");
        await shop.GetByLabel("返金の理由").FillAsync("一部返品");
        await shop.GetByRole(AriaRole.Button, new() { Name = "返金する" }).ClickAsync();
        await shop.AssertAccessibleAsync();
        Assert.Contains("返金しました", await shop.Locator("main").InnerTextAsync());

        var resident = await app.NewPageAsync();
        await new AccountPages(resident, "okawa").LoginAsDemoAsync("resident");
        await resident.VisitAsync("/okawa/wallet");
        var history = await resident.Locator("main").InnerTextAsync();
        Assert.Contains("返金（大川商店（デモ加盟店））", history);
        Assert.Contains("お支払い（大川商店（デモ加盟店））", history);
    }

    [Fact]
    public async Task The_treasurer_runs_a_payout_downloads_the_zengin_file_confirms_it_and_expiry_moves_value()
    {
        var shopPays = await app.NewPageAsync();
        await new AccountPages(shopPays, "yukuhashi").LoginAsDemoAsync("resident");
        await shopPays.VisitAsync("/yukuhashi/pay/YUKSHOP1");
        await shopPays.GetByLabel("お支払い金額（円）").FillAsync("3000");
        await shopPays.GetByRole(AriaRole.Button, new() { Name = "確認する" }).ClickAsync();
        await shopPays.GetByRole(AriaRole.Button, new() { Name = "3,000円を支払う" }).ClickAsync();
        await shopPays.WaitForURLAsync("**/wallet/paid/**");

        var treasurer = await app.NewPageAsync();
        await new AccountPages(treasurer, "yukuhashi").LoginAsDemoAsync("treasurer");
        await treasurer.VisitAsync("/yukuhashi/staff/wallet");
        await treasurer.GetByRole(AriaRole.Link, new() { Name = "換金（加盟店への支払い）" }).ClickAsync();
        await treasurer.AssertAccessibleAsync();
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "換金を作成する" }).ClickAsync();
        await treasurer.WaitForURLAsync("**/staff/jobs/**");
        await Assertions.Expect(treasurer.Locator("main")).ToContainTextAsync("確保しました", new() { Timeout = 20_000 });
        await treasurer.AssertAccessibleAsync();

        await treasurer.VisitAsync("/yukuhashi/staff/wallet/payouts");
        await treasurer.Locator("table a").First.ClickAsync();
        await treasurer.AssertAccessibleAsync();
        var download = await treasurer.RunAndWaitForDownloadAsync(() =>
            treasurer.GetByRole(AriaRole.Link, new() { Name = "全銀協フォーマットの振込ファイルをダウンロード" }).ClickAsync());
        var path = await download.PathAsync();
        var file = ZenginFileParser.Parse(await File.ReadAllBytesAsync(path!));
        var payee = Assert.Single(file.Payees);
        Assert.Equal(3_000 - 45, payee.Amount); // 1.5% fee for a small shop
        Assert.Equal((1, 2_955L), (file.TrailerCount, file.TrailerTotal));
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "銀行が受け付けた（振込完了にする）" }).ClickAsync();
        await treasurer.AssertAccessibleAsync();
        Assert.Contains("振込完了", await treasurer.Locator("main").InnerTextAsync());

        // Expiry: a reward lot whose validity has passed is moved out by the run the treasurer starts.
        var residentId = await ArrangeExpiredPointsAsync("yukuhashi", "resident2@yukuhashi.example.jp", 250);
        await treasurer.VisitAsync("/yukuhashi/staff/wallet/expiry");
        Assert.Contains("期限を過ぎて未処理", await treasurer.Locator("main").InnerTextAsync());
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "いますぐ処理する" }).ClickAsync();
        await treasurer.WaitForURLAsync("**/staff/jobs/**");
        await Assertions.Expect(treasurer.Locator("main")).ToContainTextAsync("250円分を失効", new() { Timeout = 20_000 });
        var resident = await app.NewPageAsync();
        await new AccountPages(resident, "yukuhashi").LoginAsDemoAsync("resident2");
        await resident.VisitAsync("/yukuhashi/wallet");
        Assert.Contains("有効期限切れ（清掃ボランティア（テスト））", await resident.Locator("main").InnerTextAsync());
        Assert.NotEqual(Guid.Empty, residentId);
    }

    [Fact]
    public async Task The_staff_wallet_pages_and_the_legal_notice_are_accessible()
    {
        var staff = await app.NewPageAsync();
        await new AccountPages(staff, "miyama").LoginAsDemoAsync("treasurer");
        foreach (var path in new[]
                 {
                     "/miyama/staff/wallet", "/miyama/staff/wallet/counter?Find=resident@miyama.example.jp", "/miyama/staff/wallet/merchants",
                     "/miyama/staff/wallet/campaigns", "/miyama/staff/wallet/compliance", "/miyama/staff/wallet/settings", "/miyama/staff/wallet/expiry", "/miyama/staff/wallet/refunds", "/miyama/wallet/legal",
                 })
        {
            await staff.VisitAsync(path);
        }

        await staff.VisitAsync("/miyama/staff/wallet/counter?Find=resident@miyama.example.jp");
        await staff.GetByRole(AriaRole.Button, new() { Name = "QRカードを再発行する（今のカードは使えなくなります）" }).ClickAsync();
        await staff.AssertAccessibleAsync();
        Assert.Contains("暗証番号", await staff.Locator(".paid").InnerTextAsync());

        var shop = await app.NewPageAsync();
        await new AccountPages(shop, "miyama").LoginAsDemoAsync("merchant");
        await shop.VisitAsync("/miyama/shop/poster");
    }

    private async Task<Guid> ArrangeExpiredPointsAsync(string city, string email, long points)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var municipality = (await scope.ServiceProvider.GetRequiredService<MunicipalityDirectory>().FindByCodeAsync(city, CancellationToken.None))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(municipality);
        var people = scope.ServiceProvider.GetRequiredService<MachiDx.Platform.People.PeopleDirectory>();
        var id = (await people.AccountByEmailAsync(email, CancellationToken.None))!.Value.Id;
        var key = "browser/expiry/" + Guid.NewGuid();
        await scope.ServiceProvider.GetRequiredService<IWalletRewards>().GrantPointsAsync(id, points, key, "清掃ボランティア（テスト）", CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<WalletDbContext>();
        (await db.Lots.SingleAsync(l => l.SourceReference == key)).ExpiresAtUtc = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-5);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<WalletDirectory>().InvalidateLots(municipality.Id, id);
        return id;
    }
}
