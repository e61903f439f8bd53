using System.Text;
using System.Text.RegularExpressions;
using MachiDx.BrowserTests.Infrastructure;
using MachiDx.BrowserTests.Pages;
using Microsoft.Playwright;

namespace MachiDx.BrowserTests;

/// <summary>業務の見える化 in a real browser: inventory, imports, workload, the DigiLab desk; axe on every page.</summary>
public sealed class InsightJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Dx_staff_inventory_a_task_read_the_workload_and_run_a_digilab_request()
    {
        var page = await app.NewPageAsync();
        var account = new AccountPages(page, "yukuhashi");
        await account.LoginAsDemoAsync("dx");
        await page.WaitForURLAsync("**/yukuhashi/staff");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "業務棚卸し" }).ClickAsync();
        await page.AssertAccessibleAsync();
        Assert.Contains("転入・転出届の受付と入力", await page.Locator("main").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "業務を追加する" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await account.SubmitAsync("保存する");
        await page.AssertAccessibleAsync();
        Assert.Contains("業務名を入力してください。", await page.Locator(".error-summary").InnerTextAsync());
        await page.GetByLabel("大分類").FillAsync("広報");
        await page.GetByLabel("中分類").FillAsync("発行");
        await page.GetByLabel("業務名（小分類）").FillAsync("広報紙の校正");
        await page.GetByLabel("繁忙期の1か月の件数").FillAsync("4");
        await page.GetByLabel("通常期の1か月の件数").FillAsync("2");
        await page.GetByLabel("閑散期の1か月の件数").FillAsync("1");
        await page.GetByLabel("1件あたりの分数").FillAsync("90");
        await account.SubmitAsync("保存する");
        await page.WaitForURLAsync("**/staff/insight/inventory?**");
        await page.AssertAccessibleAsync();
        Assert.Contains("広報紙の校正", await page.Locator("main").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "広報紙の校正" }).ClickAsync();
        await page.AssertAccessibleAsync();

        await page.VisitAsync("/yukuhashi/staff/insight/import/inventory");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "bad.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("年度,所属,大分類,中分類,業務名,繁忙期の月数,繁忙期の月間件数,通常期の月数,通常期の月間件数,閑散期の月数,閑散期の月間件数,1件あたりの分数,人数,処理媒体,定型・非定型,コア・ノンコア,個人情報,難易度,根拠法令\n2026,市民課,a,b,c,2,1,8,1,2,1,x,1,紙,定型,コア,なし,低,\n"),
        });
        await account.SubmitAsync("取り込む");
        await page.AssertAccessibleAsync();
        Assert.Contains("2行目「1件あたりの分数」", await page.Locator(".error-summary").InnerTextAsync());

        await page.VisitAsync("/yukuhashi/staff/insight/workload?fy=2025");
        Assert.Contains("業務棚卸しとの突き合わせ", await page.Locator("main").InnerTextAsync());
        await page.VisitAsync("/yukuhashi/staff/insight/import/attendance");
        await page.VisitAsync("/yukuhashi/staff/insight/import/usage");
        await page.VisitAsync("/yukuhashi/staff/insight/digilab/candidates");

        await page.VisitAsync("/yukuhashi/staff/insight/digilab");
        await page.GetByRole(AriaRole.Link, new() { Name = "依頼する", Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("件名").FillAsync("広報紙の校正をAIで支援");
        await account.SubmitAsync("依頼を送る");
        // The new request's page, whatever number it was given (other journeys and the demo data number theirs).
        await page.WaitForURLAsync(new Regex(@"/yukuhashi/staff/insight/digilab/[0-9]+$"));
        var created = new Uri(page.Url).AbsolutePath;
        await page.AssertAccessibleAsync();
        Assert.Contains("広報紙の校正をAIで支援", await page.Locator("main").InnerTextAsync());
        await page.GetByLabel("状態").SelectOptionAsync(new SelectOptionValue { Label = "稼働中" });
        await account.SubmitAsync("更新する");
        await page.AssertAccessibleAsync();
        Assert.Contains("導入前の1件あたりの分数を記録してください", await page.Locator(".error-summary").InnerTextAsync());
        await page.GetByLabel("状態").SelectOptionAsync(new SelectOptionValue { Label = "検討中" });
        await account.SubmitAsync("更新する");
        await page.AssertAccessibleAsync();
        Assert.Contains("依頼を更新しました", await page.Locator("main").InnerTextAsync());
        Assert.Equal(created, new Uri(page.Url).AbsolutePath);

        await page.VisitAsync("/yukuhashi/staff/insight/digilab/1");
        await page.VisitAsync("/yukuhashi/staff/insight/digilab/savings");
        Assert.Contains("AI議事録", await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task Dx_staff_read_the_dashboard_residents_read_the_summary_and_the_platform_administrator_compares_cities()
    {
        var page = await app.NewPageAsync();
        var account = new AccountPages(page, "miyama");
        await account.LoginAsDemoAsync("dx");
        await page.WaitForURLAsync("**/miyama/staff");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "DXダッシュボード" }).ClickAsync();
        await page.WaitForURLAsync("**/miyama/staff/dx-dashboard");
        await page.AssertAccessibleAsync();
        Assert.Equal(5, await page.Locator("svg.chart[role=img]").CountAsync());
        Assert.Contains("地域通貨の流通", await page.Locator("main").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "公開用の概要ページ" }).ClickAsync();
        await page.WaitForURLAsync("**/miyama/dx");
        await page.AssertAccessibleAsync();
        Assert.Contains("手続きのオンライン利用率", await page.Locator("main").InnerTextAsync());
        Assert.Equal(5, await page.Locator("svg.chart[role=img]").CountAsync());
        Assert.Contains("全国の民間企業", await page.Locator("main").InnerTextAsync());

        var admin = await app.NewPageAsync();
        await admin.VisitAsync("/admin/login");
        await admin.GetByLabel("メールアドレス").FillAsync("platform@machidx.example.jp");
        await admin.Locator("#Input_Password").FillAsync(AccountPages.DemoPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "ログインする" }).ClickAsync();
        await admin.WaitForURLAsync("**/admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "DXダッシュボード（自治体の比較）" }).ClickAsync();
        await admin.WaitForURLAsync("**/admin/dx-dashboard");
        await admin.AssertAccessibleAsync();
        var table = await admin.GetByRole(AriaRole.Table, new() { Name = "自治体ごとの主な数値" }).InnerTextAsync();
        Assert.Contains("大川市", table);
        Assert.Contains("行橋市", table);
        Assert.Contains("みやま市", table);
    }
}
