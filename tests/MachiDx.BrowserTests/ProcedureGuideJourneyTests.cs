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
