using MachiDx.BrowserTests.Infrastructure;
using MachiDx.BrowserTests.Pages;
using Microsoft.Playwright;

namespace MachiDx.BrowserTests;

/// <summary>Staff record counter cases, import a month's CSV and read the オンライン利用率 page, in a real browser with axe.</summary>
public sealed class ProcedureKpiJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Staff_record_cases_and_read_the_online_usage_page()
    {
        var page = await app.NewPageAsync();
        var account = new AccountPages(page, "okawa");
        await account.LoginAsDemoAsync("staff");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "オンライン利用率" }).ClickAsync();
        await page.AssertAccessibleAsync();
        Assert.Contains("図書館の図書貸出予約", await page.Locator("table").First.InnerTextAsync());
        Assert.Contains("73.7%", await page.Locator("table").First.InnerTextAsync());
        Assert.Equal(1, await page.Locator("svg[role=img]").CountAsync());

        await page.GetByLabel("年度", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("推移を見る手続き").SelectOptionAsync(new SelectOptionValue { Label = "図書館の図書貸出予約" });
        await account.SubmitAsync("表示する");
        await page.AssertAccessibleAsync();
        Assert.Contains("月別の推移（図書館の図書貸出予約）", await page.Locator("main").InnerTextAsync());

        await page.VisitAsync("/okawa/staff/procedures/kpi/cases");
        await page.AssertAccessibleAsync();
        await page.Locator("#Input_Count").FillAsync("0");
        await account.SubmitAsync("記録する");
        await page.AssertAccessibleAsync();
        Assert.Contains("件数は1から10,000まで", await page.Locator(".error-summary").InnerTextAsync());

        await page.Locator("#Input_ProcedureCode").SelectOptionAsync(new SelectOptionValue { Label = "粗大ごみ収集の申込" });
        await page.GetByLabel("電話", new() { Exact = true }).CheckAsync();
        await page.Locator("#Input_Count").FillAsync("5");
        await account.SubmitAsync("記録する");
        await page.AssertAccessibleAsync();
        Assert.Contains("電話の件数を記録しました。", await page.Locator("main").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "訂正" }).First.ClickAsync();
        await page.AssertAccessibleAsync();
        await page.Locator("#Input_Count").FillAsync("6");
        await account.SubmitAsync("訂正する");
        await page.AssertAccessibleAsync();
        Assert.Contains("記録を訂正しました。", await page.Locator("main").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "CSVで取り込む" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("件数のCSV").SetInputFilesAsync(new FilePayload
        {
            Name = "counts.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes("手続きコード,年月,受付の方法,件数\r\nsodai-gomi,1999-01,窓口,3\r\n"),
        });
        await account.SubmitAsync("取り込む");
        await page.AssertAccessibleAsync();
        Assert.Contains("2行目", await page.Locator(".error-summary").InnerTextAsync());
    }
}
