using MachiDx.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace MachiDx.BrowserTests;

/// <summary>A resident browses the procedure catalogue and reads one procedure.</summary>
public sealed class ProcedureGuideJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_resident_finds_bulky_waste_collection_by_browsing()
    {
        var page = await app.NewPageAsync();
        await page.VisitAsync("/okawa");
        await page.GetByRole(AriaRole.Link, new() { Name = "手続きをさがす" }).First.ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "粗大ごみ収集の申込" }).ClickAsync();
        await page.AssertAccessibleAsync();
        Assert.Equal("粗大ごみ収集の申込", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("オンラインで完結", await page.Locator("main").InnerTextAsync());
    }
}

/// <summary>A resident answers the moving questions one by one and gets a printable, dated checklist.</summary>
public sealed class LifeEventGuideJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_resident_moving_into_the_city_gets_a_checklist_with_deadlines()
    {
        var page = await app.NewPageAsync();
        await page.VisitAsync("/yukuhashi/guide");
        await page.GetByRole(AriaRole.Link, new() { Name = "引っ越し" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("引っ越しの日（予定日）").FillAsync("2026-04-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ" }).ClickAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "次へ" }).ClickAsync();
        Assert.Contains("いずれかを選んでください。", await page.Locator("main").InnerTextAsync());
        await page.AssertAccessibleAsync();

        await page.GetByLabel("ほかの市区町村からこの市へ").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ" }).ClickAsync();
        for (var i = 0; i < 10 && await page.Locator("fieldset.question").CountAsync() > 0; i++)
        {
            await page.AssertAccessibleAsync();
            await page.Locator("fieldset.question input[type=radio]").Last.CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "次へ" }).ClickAsync();
        }

        await page.AssertAccessibleAsync();
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("件の手続きが見つかりました", main);
        Assert.Contains("転入届", main);
        Assert.Contains("2026年4月15日まで", main);
        await page.GetByRole(AriaRole.Button, new() { Name = "この一覧を印刷する" }).WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 5000 });
    }
}
