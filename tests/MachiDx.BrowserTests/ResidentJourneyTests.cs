using MachiDx.BrowserTests.Infrastructure;
using MachiDx.BrowserTests.Pages;
using Microsoft.Playwright;

namespace MachiDx.BrowserTests;

/// <summary>A resident finds their city, registers, sees the mistakes they made, and reaches their personal page.</summary>
public sealed class ResidentJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_resident_picks_their_city_registers_and_sees_their_personal_page()
    {
        var page = await app.NewPageAsync();
        await page.VisitAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "みやま市" }).ClickAsync();
        await page.AssertAccessibleAsync();
        Assert.Equal("みやま市のオンライン窓口", await page.Locator("h1").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "新規登録" }).ClickAsync();
        await page.AssertAccessibleAsync();

        var account = new AccountPages(page, "miyama");
        await account.SubmitAsync("登録する");
        Assert.True(await page.Locator(".error-summary").IsVisibleAsync());
        Assert.Contains("氏名を入力してください。", await page.Locator(".error-summary").InnerTextAsync());
        await page.AssertAccessibleAsync();

        var email = $"browser-{Guid.NewGuid():N}@example.jp";
        await account.FillRegistrationAsync(email, "browser-pass-2026");
        await account.SubmitAsync("登録する");
        await page.WaitForURLAsync("**/miyama/mypage?registered=true");
        await page.AssertAccessibleAsync();
        Assert.Contains("アカウントを作成しました", await page.Locator("main").InnerTextAsync());
        Assert.Contains(email, await page.Locator("dl.profile").InnerTextAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "ログアウト" }).ClickAsync();
        await page.AssertAccessibleAsync();
        Assert.Equal("ログアウトしました", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task A_wrong_password_is_explained_next_to_the_field()
    {
        var page = await app.NewPageAsync();
        var account = new AccountPages(page, "okawa");
        await account.LoginAsync("resident@okawa.example.jp", "wrong-password-1");
        await page.AssertAccessibleAsync();
        Assert.Contains("メールアドレスまたはパスワードが正しくありません。", await page.Locator("#Input_Email-error").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#Input_Email").GetAttributeAsync("aria-invalid"));
    }

    [Fact]
    public async Task A_demo_resident_edits_their_contact_details()
    {
        var page = await app.NewPageAsync();
        var account = new AccountPages(page, "okawa");
        await account.LoginAsDemoAsync("resident");
        await page.WaitForURLAsync("**/okawa/mypage");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("電話番号").FillAsync("090-0000-1111");
        await account.SubmitAsync("変更を保存する");
        await page.WaitForURLAsync("**/okawa/mypage?saved=True");
        await page.AssertAccessibleAsync();
        Assert.Contains("090-0000-1111", await page.Locator("dl.profile").InnerTextAsync());
    }

    [Fact]
    public async Task An_unknown_page_shows_a_japanese_404()
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync("/okawa/does-not-exist");
        Assert.Equal(404, response!.Status);
        await page.AssertAccessibleAsync();
        Assert.Equal("ページが見つかりません", await page.Locator("h1").InnerTextAsync());
    }
}
