using MachiDx.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace MachiDx.BrowserTests.Pages;

/// <summary>Page object for login, registration and the personal page of one city.</summary>
public sealed class AccountPages(IPage page, string city)
{
    public const string DemoPassword = "machidx-demo-2026";

    public IPage Page => page;

    public async Task LoginAsync(string email, string password)
    {
        await page.VisitAsync($"/{city}/login");
        await page.GetByLabel("メールアドレス").FillAsync(email);
        await page.GetByLabel("パスワード", new() { Exact = false }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログインする" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public Task LoginAsDemoAsync(string local) => LoginAsync($"{local}@{city}.example.jp", DemoPassword);

    public async Task FillRegistrationAsync(string email, string password)
    {
        await page.GetByLabel("氏名").FillAsync("みやま 太郎");
        await page.GetByLabel("ふりがな").FillAsync("みやま たろう");
        await page.GetByLabel("生年月日").FillAsync("1990-05-05");
        await page.GetByLabel("郵便番号").FillAsync("835-0024");
        await page.GetByLabel("住所").FillAsync("みやま市瀬高町下庄1番地");
        await page.GetByLabel("電話番号").FillAsync("0944-64-1111");
        await page.GetByLabel("メールアドレス").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("#ConfirmPassword").FillAsync(password);
    }

    public Task SubmitAsync(string button) => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
}
