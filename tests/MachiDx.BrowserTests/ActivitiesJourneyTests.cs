using MachiDx.BrowserTests.Infrastructure;
using MachiDx.BrowserTests.Pages;
using Microsoft.Playwright;

namespace MachiDx.BrowserTests;

/// <summary>The activity-points pages in a real browser, with axe.</summary>
public sealed class ActivitiesJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Dx_staff_change_the_reward_rules_and_a_resident_sees_their_points_page()
    {
        var dx = await app.NewPageAsync();
        await new AccountPages(dx, "miyama").LoginAsDemoAsync("dx");
        await dx.VisitAsync("/miyama/staff/activities");
        await dx.GetByRole(AriaRole.Link, new() { Name = "ルールを変更する" }).ClickAsync();
        await dx.AssertAccessibleAsync();
        await dx.GetByLabel("オンライン申請1件あたりのポイント").FillAsync("-1");
        await dx.GetByRole(AriaRole.Button, new() { Name = "保存する" }).ClickAsync();
        await dx.AssertAccessibleAsync();
        Assert.Contains("0から100,000", await dx.Locator(".error-summary").InnerTextAsync());
        await dx.GetByLabel("オンライン申請1件あたりのポイント").FillAsync("120");
        await dx.GetByRole(AriaRole.Button, new() { Name = "保存する" }).ClickAsync();
        await dx.AssertAccessibleAsync();
        Assert.Contains("ルールを保存しました", await dx.Locator("main").InnerTextAsync());

        var resident = await app.NewPageAsync();
        await new AccountPages(resident, "miyama").LoginAsDemoAsync("jumin003");
        await resident.VisitAsync("/miyama/activities/rewards");
        Assert.Contains("120pt", await resident.Locator("main").InnerTextAsync());
    }
}
