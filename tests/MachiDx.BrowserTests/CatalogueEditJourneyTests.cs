using MachiDx.BrowserTests.Infrastructure;
using MachiDx.BrowserTests.Pages;
using Microsoft.Playwright;

namespace MachiDx.BrowserTests;

/// <summary>DX staff edit the catalogue and add a search synonym in a real browser, with axe on every page.</summary>
public sealed class CatalogueEditJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Dx_staff_edit_a_procedure_and_add_a_synonym_that_residents_can_search_with()
    {
        var dx = await app.NewPageAsync();
        await new AccountPages(dx, "yukuhashi").LoginAsDemoAsync("dx");
        await dx.VisitAsync("/yukuhashi/staff/procedures/catalogue");
        await dx.AssertAccessibleAsync();
        await dx.GetByRole(AriaRole.Link, new() { Name = "転入届" }).ClickAsync();
        await dx.AssertAccessibleAsync();
        await dx.GetByLabel("オンラインで完結").CheckAsync();
        await dx.GetByRole(AriaRole.Button, new() { Name = "保存する" }).ClickAsync();
        Assert.Contains("マイナポータル", await dx.Locator(".error-summary").InnerTextAsync());
        await dx.AssertAccessibleAsync();
        await dx.GetByLabel("オンラインで完結").UncheckAsync();
        await dx.GetByLabel("お知らせ").FillAsync("土曜日の午前も受け付けています（第2・第4土曜）。");
        await dx.GetByRole(AriaRole.Button, new() { Name = "保存する" }).ClickAsync();
        Assert.Contains("保存しました", await dx.Locator("main").InnerTextAsync());

        await dx.VisitAsync("/yukuhashi/staff/procedures/synonyms");
        await dx.AssertAccessibleAsync();
        await dx.GetByLabel("同じ意味のことば").FillAsync("ひっこしてきた、転入");
        await dx.GetByRole(AriaRole.Button, new() { Name = "追加する" }).ClickAsync();
        Assert.Contains("同義語を追加しました", await dx.Locator("main").InnerTextAsync());
        await dx.AssertAccessibleAsync();

        var resident = await app.NewPageAsync();
        await resident.VisitAsync("/yukuhashi/procedures?q=" + Uri.EscapeDataString("ひっこしてきた"));
        Assert.Contains("転入届", await resident.Locator("main").InnerTextAsync());
        await resident.VisitAsync("/yukuhashi/procedures/tennyu");
        Assert.Contains("第2・第4土曜", await resident.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task Dx_staff_open_a_life_event_guide_for_editing_and_check_it_without_saving()
    {
        var dx = await app.NewPageAsync();
        await new AccountPages(dx, "miyama").LoginAsDemoAsync("dx");
        await dx.VisitAsync("/miyama/staff/procedures/guides");
        await dx.AssertAccessibleAsync();
        await dx.Locator("main a[href='/miyama/staff/procedures/guides/moving']").ClickAsync();
        await dx.WaitForURLAsync("**/guides/moving");
        await dx.AssertAccessibleAsync();
        await dx.GetByRole(AriaRole.Button, new() { Name = "確認する（保存しません）" }).ClickAsync();
        Assert.Contains("問題はありません", await dx.Locator("main").InnerTextAsync());
        await dx.AssertAccessibleAsync();
    }
}
