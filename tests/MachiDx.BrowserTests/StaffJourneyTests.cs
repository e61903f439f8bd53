using MachiDx.BrowserTests.Infrastructure;
using MachiDx.BrowserTests.Pages;
using Microsoft.Playwright;

namespace MachiDx.BrowserTests;

/// <summary>Staff sign in to their home, the tenant admin adds a department and verifies the audit log.</summary>
public sealed class StaffJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Staff_sign_in_and_see_the_staff_home_and_departments()
    {
        var page = await app.NewPageAsync();
        await new AccountPages(page, "yukuhashi").LoginAsDemoAsync("staff");
        await page.WaitForURLAsync("**/yukuhashi/staff");
        await page.AssertAccessibleAsync();
        Assert.Equal("職員ホーム", await page.Locator("h1").InnerTextAsync());

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "部署" }).ClickAsync();
        await page.AssertAccessibleAsync();
        Assert.Contains("市民課", await page.Locator("table").InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "追加する" }).CountAsync());
    }

    [Fact]
    public async Task The_login_page_offers_the_citys_staff_sign_in_and_its_failure_page_is_accessible()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/okawa/login");
        await page.AssertAccessibleAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "大川市職員アカウントでログイン" }).CountAsync());

        // Reaching the completion page without a round trip through the provider explains it and signs nobody in.
        await page.GotoAsync("/okawa/login/external/complete");
        await page.AssertAccessibleAsync();
        Assert.Contains("庁内アカウントでのログインを完了できませんでした", await page.GetByRole(AriaRole.Alert).InnerTextAsync());

        await page.GotoAsync("/yukuhashi/login");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "でログイン" }).CountAsync());
    }

    [Fact]
    public async Task The_tenant_admin_adds_a_department_and_verifies_the_audit_log_in_the_background()
    {
        var page = await app.NewPageAsync();
        var account = new AccountPages(page, "okawa");
        await account.LoginAsDemoAsync("admin");
        await page.VisitAsync("/okawa/staff/departments");

        await account.SubmitAsync("追加する");
        await page.AssertAccessibleAsync();
        Assert.Contains("部署コードを入力してください。", await page.Locator(".error-summary").InnerTextAsync());

        await page.GetByLabel("部署コード").FillAsync("digital");
        await page.GetByLabel("部署名").FillAsync("デジタル推進課");
        await account.SubmitAsync("追加する");
        await page.AssertAccessibleAsync();
        Assert.Contains("「デジタル推進課」を追加しました", await page.Locator("main").InnerTextAsync());

        await page.VisitAsync("/okawa/admin/audit");
        Assert.Contains("改ざんは検出されませんでした", await page.Locator("main").InnerTextAsync());
        Assert.Contains("Department.Created", await page.Locator("main").InnerTextAsync());

        await account.SubmitAsync("バックグラウンドで再検証する");
        await page.AssertAccessibleAsync();
        await page.Locator("#job-state", new() { HasText = "完了" }).WaitForAsync(new() { Timeout = 30000 });
        await page.AssertAccessibleAsync();
        Assert.Contains("改ざんは検出されませんでした", await page.Locator("main").InnerTextAsync());
    }
}
