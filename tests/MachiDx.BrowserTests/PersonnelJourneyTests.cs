using MachiDx.BrowserTests.Infrastructure;
using MachiDx.BrowserTests.Pages;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MachiDx.BrowserTests;

/// <summary>HR runs a draft season end to end in the browser; every page visited passes axe.</summary>
public sealed class PersonnelJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Hr_runs_a_season_from_creation_to_published_results()
    {
        var page = await app.NewPageAsync();
        var account = new AccountPages(page, "miyama");
        await account.LoginAsDemoAsync("hr");
        await page.WaitForURLAsync("**/miyama/staff");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "人事交流" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.VisitAsync("/miyama/staff/personnel/roster");
        await page.VisitAsync("/miyama/staff/personnel/roster/import");

        await page.VisitAsync("/miyama/staff/personnel/seasons");
        await account.SubmitAsync("作成する");
        await page.AssertAccessibleAsync();
        Assert.Contains("シーズン名を入力してください。", await page.Locator(".error-summary").InnerTextAsync());
        await CreateSeasonAsync(account, "ブラウザ試験シーズン");
        await page.AssertAccessibleAsync();
        var seasonUrl = page.Url.Split('?')[0];
        await page.VisitAsync(seasonUrl + "/rules");
        await page.AssertAccessibleAsync();
        await page.VisitAsync(seasonUrl);

        // Nominate two people from the first department offered and one from each of the next two.
        var departmentsNominated = new List<string>();
        for (var n = 0; n < 4; n++)
        {
            var texts = await page.Locator("#nominee option").AllInnerTextsAsync();
            var choice = n == 1
                ? texts.First(t => t.StartsWith(departmentsNominated[0] + " ", StringComparison.Ordinal))
                : texts.First(t => !departmentsNominated.Contains(t.Split(' ')[0]));
            departmentsNominated.Add(choice.Split(' ')[0]);
            await page.Locator("#nominee").SelectOptionAsync(new SelectOptionValue { Label = choice });
            await account.SubmitAsync("推薦する");
            await page.AssertAccessibleAsync();
        }

        await account.SubmitAsync("推薦を締め切り、指名順を確定する");
        await page.AssertAccessibleAsync();
        Assert.Contains("1人あたり", await page.Locator("main").InnerTextAsync());

        // Round 1: each pending department bids the first candidate from another department, so the
        // popular first candidate goes to a lottery and the loser re-bids (外れ1位).
        for (var guard = 0; guard < 12 && await page.GetByRole(AriaRole.Button, new() { Name = "入札する" }).CountAsync() > 0; guard++)
        {
            var bidder = await page.Locator("#bid-department option:checked").InnerTextAsync();
            var options = await page.Locator("#bid-candidate option").AllInnerTextsAsync();
            await page.Locator("#bid-candidate").SelectOptionAsync(new SelectOptionValue { Label = options.First(o => !o.Contains("（" + bidder + "）", StringComparison.Ordinal)) });
            await account.SubmitAsync("入札する");
            await page.AssertAccessibleAsync();
        }

        await page.VisitAsync(page.Url.Split('?')[0] + "/board");
        Assert.Contains("抽選で当選", await page.Locator("#board-rows").InnerTextAsync());
        await page.GoBackAsync();

        // Round 2+: pick while there is someone to pick, otherwise 選択終了.
        for (var guard = 0; guard < 12 && await page.GetByRole(AriaRole.Button, new() { Name = "選択終了" }).CountAsync() > 0; guard++)
        {
            await account.SubmitAsync(await page.Locator("#pick-candidate option").CountAsync() > 0 ? "指名する" : "選択終了");
            await page.AssertAccessibleAsync();
        }

        await page.VisitAsync(page.Url.Split('?')[0] + "/board");
        Assert.Contains("指名はすべて終わりました", await page.Locator("#board-status").InnerTextAsync());
        Assert.Contains("2巡目", await page.Locator("#board-rows").InnerTextAsync());
        await page.GoBackAsync();
        await page.VisitAsync(page.Url.Split('?')[0] + "/simulator");
        Assert.Contains("トップ・トレーディング・サイクル", await page.Locator("#comparison").InnerTextAsync());
        await page.GoBackAsync();

        await account.SubmitAsync("結果を確定する");
        await page.AssertAccessibleAsync();
        Assert.Contains("一致しています", await page.Locator("#lottery-verified").InnerTextAsync());
        await account.SubmitAsync("結果を公表する");
        await page.AssertAccessibleAsync();
        Assert.Equal("結果公表済み", await page.Locator("#season-phase").InnerTextAsync());
    }

    [Fact]
    public async Task A_nominee_ranks_the_other_participating_departments_on_the_personnel_page()
    {
        // 行橋市's HR opens a season and nominates the staff of three departments who have demo accounts.
        var hrPage = await app.NewPageAsync();
        var hr = new AccountPages(hrPage, "yukuhashi");
        await hr.LoginAsDemoAsync("hr");
        await hrPage.WaitForURLAsync("**/yukuhashi/staff");
        await hrPage.VisitAsync("/yukuhashi/staff/personnel/seasons");
        await CreateSeasonAsync(hr, "希望順位の試験シーズン");
        foreach (var local in new[] { "zeimu01", "hoken01", "kosodate01" })
        {
            var number = await StaffNumberAsync("yukuhashi", local);
            var label = (await hrPage.Locator("#nominee option").AllInnerTextsAsync()).Single(t => t.Contains("／ " + number + " ", StringComparison.Ordinal));
            await hrPage.Locator("#nominee").SelectOptionAsync(new SelectOptionValue { Label = label });
            await hr.SubmitAsync("推薦する");
            await hrPage.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        }

        var page = await app.NewPageAsync();
        await new AccountPages(page, "yukuhashi").LoginAsDemoAsync("zeimu01");
        await page.VisitAsync("/yukuhashi/staff/personnel");
        await page.AssertAccessibleAsync();
        var form = page.Locator("form", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "希望順を保存する" }) });
        Assert.Equal(0, await form.GetByLabel("税務課").CountAsync()); // not one's own department

        // Two departments with the same rank are explained; nothing is saved.
        await form.GetByLabel("保険年金課").FillAsync("1");
        await form.GetByLabel("子育て支援課").FillAsync("1");
        await form.GetByRole(AriaRole.Button, new() { Name = "希望順を保存する" }).ClickAsync();
        await page.AssertAccessibleAsync();
        Assert.Contains("同じ順位が複数あります", await page.Locator(".error-summary").InnerTextAsync());
        Assert.Equal("1", await form.GetByLabel("保険年金課").InputValueAsync()); // what was typed is kept

        await form.GetByLabel("子育て支援課").FillAsync("2");
        await form.GetByRole(AriaRole.Button, new() { Name = "希望順を保存する" }).ClickAsync();
        await page.AssertAccessibleAsync();
        Assert.Contains("行きたい部署の希望を保存しました", await page.Locator("main").InnerTextAsync());
        Assert.Equal("1", await form.GetByLabel("保険年金課").InputValueAsync());
        Assert.Equal("2", await form.GetByLabel("子育て支援課").InputValueAsync());
    }

    private static async Task CreateSeasonAsync(AccountPages account, string name)
    {
        var page = account.Page;
        await page.GetByLabel("シーズン名").FillAsync(name);
        await page.GetByLabel("基準日").FillAsync("2026-04-01");
        await page.GetByLabel("推薦の締切日").FillAsync("2026-05-01");
        await page.GetByLabel("指名会議の日").FillAsync("2026-05-10");
        await page.GetByLabel("派遣の開始日").FillAsync("2026-06-01");
        await account.SubmitAsync("作成する");
        await page.WaitForURLAsync("**/seasons/*");
    }

    /// <summary>The roster number of a demo staff account, as the nomination list shows it.</summary>
    private async Task<string> StaffNumberAsync(string city, string local)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<TenantContext>().Set((await sp.GetRequiredService<MunicipalityDirectory>().FindByCodeAsync(city, CancellationToken.None))!);
        var user = await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(AppUser.QualifiedUserName(city, $"{local}@{city}.example.jp"));
        return (await sp.GetRequiredService<StaffDirectory>().AllAsync(CancellationToken.None)).Single(a => a.UserId == user!.Id).StaffNumber;
    }
}
