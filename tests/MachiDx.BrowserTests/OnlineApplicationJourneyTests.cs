using MachiDx.BrowserTests.Infrastructure;
using MachiDx.BrowserTests.Pages;
using Microsoft.Playwright;

namespace MachiDx.BrowserTests;

/// <summary>
/// 書かない・待たない・行かなくていい: a resident applies for bulky-waste collection with prefilled data, staff ask
/// for a correction of one field, the resident corrects it, staff complete it, the resident sees the timeline.
/// </summary>
public sealed class OnlineApplicationJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Bulky_waste_application_with_a_correction_round_trip()
    {
        var resident = await app.NewPageAsync();
        await new AccountPages(resident, "okawa").LoginAsDemoAsync("resident");
        await resident.VisitAsync("/okawa/procedures");
        await resident.GetByLabel("キーワードでさがす").FillAsync("ごみ");
        await resident.GetByRole(AriaRole.Button, new() { Name = "検索" }).ClickAsync();
        await resident.AssertAccessibleAsync();
        await resident.Locator("ol.procedure-list").GetByRole(AriaRole.Link, new() { Name = "粗大ごみ収集の申込" }).ClickAsync();
        await resident.AssertAccessibleAsync();
        await resident.GetByRole(AriaRole.Link, new() { Name = "オンラインで申請する" }).ClickAsync();
        await resident.AssertAccessibleAsync();
        Assert.NotEqual("", await resident.GetByLabel("住所").InputValueAsync());

        await resident.Locator("#f-items-0--item").SelectOptionAsync("sofa");
        await resident.Locator("#f-items-0--count").FillAsync("1");
        await resident.GetByLabel("収集の希望日").FillAsync(app.Day(7));
        await resident.GetByLabel("玄関前").CheckAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();
        await resident.AssertAccessibleAsync();
        Assert.Contains("収集日の朝8時30分までに", await resident.Locator(".error-summary").InnerTextAsync());

        await resident.GetByLabel("収集日の朝8時30分までに、指定の場所に出します").CheckAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "入力内容を確認する" }).ClickAsync();
        await resident.WaitForURLAsync("**/confirm");
        await resident.AssertAccessibleAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "申請する" }).ClickAsync();
        await resident.WaitForURLAsync("**submitted=true");
        await resident.AssertAccessibleAsync();
        var receipt = await resident.Locator(".receipt__number").InnerTextAsync();

        var staff = await app.NewPageAsync();
        await new AccountPages(staff, "okawa").LoginAsDemoAsync("kankyo01");
        await staff.VisitAsync("/okawa/staff/applications");
        await staff.GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await staff.AssertAccessibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "受け付ける" }).ClickAsync();
        await staff.AssertAccessibleAsync();
        await staff.Locator("#fix-address").CheckAsync();
        await staff.Locator("#comment-address").FillAsync("番地まで入力してください。");
        await staff.GetByRole(AriaRole.Button, new() { Name = "補正を依頼する" }).ClickAsync();
        await staff.AssertAccessibleAsync();

        await resident.VisitAsync($"/okawa/applications/{receipt}");
        Assert.Contains("番地まで入力してください。", await resident.Locator("main").InnerTextAsync());
        await resident.GetByLabel("住所").FillAsync("大川市大字酒見256番地1");
        await resident.GetByRole(AriaRole.Button, new() { Name = "補正した内容を送信する" }).ClickAsync();
        await resident.AssertAccessibleAsync();

        await staff.ReloadAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "完了にする" }).ClickAsync();
        await staff.AssertAccessibleAsync();

        await resident.VisitAsync("/okawa/applications");
        await resident.GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await resident.AssertAccessibleAsync();
        var timeline = await resident.Locator(".timeline").InnerTextAsync();
        foreach (var step in new[] { "申請済", "受付", "補正依頼", "審査中", "完了" })
        {
            Assert.Contains(step, timeline);
        }
    }
}
