using MachiDx.BrowserTests.Infrastructure;
using MachiDx.BrowserTests.Pages;
using Microsoft.Playwright;

namespace MachiDx.BrowserTests;

/// <summary>The platform administrator signs in without a city and sees the deployment's municipalities.</summary>
public sealed class PlatformAdminJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_platform_administrator_sees_every_city_and_the_audit_state()
    {
        var page = await app.NewPageAsync();
        await page.VisitAsync("/admin/login");
        await page.GetByLabel("メールアドレス").FillAsync("platform@machidx.example.jp");
        await page.Locator("#Input_Password").FillAsync(AccountPages.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログインする" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        await page.AssertAccessibleAsync();
        var table = await page.Locator("table").InnerTextAsync();
        Assert.Contains("大川市", table);
        Assert.Contains("行橋市", table);
        Assert.Contains("みやま市", table);
        Assert.Contains("すべてのハッシュチェーンが正常です", await page.Locator("main").InnerTextAsync());

        await page.VisitAsync("/admin/postal");
        await page.AssertAccessibleAsync();
    }
}
