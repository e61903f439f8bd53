using MachiDx.Activities.Data;
using MachiDx.BrowserTests.Infrastructure;
using MachiDx.BrowserTests.Pages;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
        await dx.GetByLabel("手続きごとのポイント（任意）").FillAsync("sodai-gomi:abc");
        await dx.GetByRole(AriaRole.Button, new() { Name = "保存する" }).ClickAsync();
        await dx.AssertAccessibleAsync();
        var errors = await dx.Locator(".error-summary").InnerTextAsync();
        Assert.Contains("0から100,000", errors);
        Assert.Contains("手続きのコード:ポイント", errors);
        await dx.GetByLabel("オンライン申請1件あたりのポイント").FillAsync("120");
        await dx.GetByLabel("手続きごとのポイント（任意）").FillAsync("sodai-gomi:150");
        await dx.GetByRole(AriaRole.Button, new() { Name = "保存する" }).ClickAsync();
        await dx.AssertAccessibleAsync();
        Assert.Contains("ルールを保存しました", await dx.Locator("main").InnerTextAsync());

        var resident = await app.NewPageAsync();
        await new AccountPages(resident, "miyama").LoginAsDemoAsync("jumin003");
        await resident.VisitAsync("/miyama/activities/rewards");
        var rules = await resident.Locator("main").InnerTextAsync();
        Assert.Contains("120pt（手続きにより異なります）", rules);
        await resident.AssertAccessibleAsync();
    }

    [Fact]
    public async Task An_organiser_creates_an_event_a_resident_checks_in_with_the_venue_code_sees_the_points_and_a_higher_premium()
    {
        var title = "ため池の清掃 " + Guid.NewGuid().ToString("N")[..4];
        var staff = await app.NewPageAsync();
        await new AccountPages(staff, "okawa").LoginAsDemoAsync("staff");
        await staff.VisitAsync("/okawa/activities/organize");
        await staff.AssertAccessibleAsync();
        await staff.GetByLabel("活動名").FillAsync(title);
        await staff.GetByLabel("場所").FillAsync("大川市 ため池公園");
        await staff.GetByLabel("開催日").FillAsync(app.Day(7));
        await staff.GetByLabel("開始時刻").FillAsync("09:00");
        await staff.GetByLabel("終了時刻").FillAsync("08:00");
        await staff.GetByLabel("定員（人）").FillAsync("10");
        await staff.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        await staff.AssertAccessibleAsync();
        Assert.Contains("開始時刻より後", await staff.Locator(".error-summary").InnerTextAsync());
        await staff.GetByLabel("終了時刻").FillAsync("11:00");
        await staff.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        Assert.Contains("活動を登録しました", await staff.Locator("main").InnerTextAsync());
        await staff.AssertAccessibleAsync();
        var eventId = Guid.Parse(new Uri(staff.Url).Segments[^1].TrimEnd('/'));

        var resident = await app.NewPageAsync();
        await new AccountPages(resident, "okawa").LoginAsDemoAsync("jumin005");
        await resident.VisitAsync("/okawa/wallet/charge");
        Assert.Contains("地域活動による上乗せ：+0%", await resident.Locator("main").InnerTextAsync());
        await resident.VisitAsync("/okawa/activities/events");
        await resident.AssertAccessibleAsync();
        await resident.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "参加を申し込む" }).ClickAsync();
        Assert.Contains("参加を申し込みました", await resident.Locator("main").InnerTextAsync());
        await resident.AssertAccessibleAsync();

        // The day comes: the event is moved to now, and the organiser opens the venue screen.
        await MoveToNowAsync(eventId);
        await staff.VisitAsync($"/okawa/activities/organize/{eventId}/venue");
        await staff.AssertAccessibleAsync();
        var code = (await staff.Locator("#venue-code").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9]{6}$", code);
        var qrLink = $"/okawa/activities/events/{eventId}/check-in?code={code}";

        await resident.VisitAsync(qrLink);
        await resident.AssertAccessibleAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "受付する" }).ClickAsync();
        Assert.Contains("受付完了", await resident.Locator("main").InnerTextAsync());
        await resident.AssertAccessibleAsync();

        // The reward arrives through the outbox; the points page shows why, and the charge page the higher premium.
        var reason = $"ボランティア「{title}」";
        var rewards = await Eventually.ReturnsAsync(async () =>
        {
            await resident.VisitAsync("/okawa/activities/rewards");
            var text = await resident.Locator("main").InnerTextAsync();
            Assert.Contains(reason, text);
            return text;
        });
        Assert.Contains("+300pt", rewards);
        await resident.AssertAccessibleAsync();
        await resident.VisitAsync("/okawa/wallet/charge");
        Assert.Contains("地域活動による上乗せ：+2%", await resident.Locator("main").InnerTextAsync());
        await resident.AssertAccessibleAsync();

        await staff.VisitAsync($"/okawa/activities/organize/{eventId}");
        Assert.Contains("参加済み", await staff.Locator("main").InnerTextAsync());
        await staff.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_health_group_and_staff_activity_pages_pass_axe()
    {
        var resident = await app.NewPageAsync();
        await new AccountPages(resident, "yukuhashi").LoginAsDemoAsync("jumin004");
        await resident.VisitAsync("/yukuhashi/activities/health");
        await resident.AssertAccessibleAsync();
        await resident.Locator("#Input_Steps").FillAsync("80000");
        await resident.GetByRole(AriaRole.Button, new() { Name = "記録する" }).ClickAsync();
        Assert.Contains("50,000歩", await resident.Locator(".error-summary").InnerTextAsync());
        await resident.AssertAccessibleAsync();
        await resident.Locator("#Input_Steps").FillAsync("8000");
        await resident.GetByRole(AriaRole.Button, new() { Name = "記録する" }).ClickAsync();
        Assert.Contains("1日分の歩数を記録しました", await resident.Locator("main").InnerTextAsync());
        await resident.AssertAccessibleAsync();
        await resident.VisitAsync("/yukuhashi/activities/groups/apply");
        await resident.AssertAccessibleAsync();

        var staff = await app.NewPageAsync();
        await new AccountPages(staff, "yukuhashi").LoginAsDemoAsync("staff");
        foreach (var path in new[] { "/yukuhashi/staff/activities/health", "/yukuhashi/staff/activities/groups" })
        {
            await staff.VisitAsync(path);
            await staff.AssertAccessibleAsync();
        }

        var dx = await app.NewPageAsync();
        await new AccountPages(dx, "yukuhashi").LoginAsDemoAsync("dx");
        await dx.VisitAsync("/yukuhashi/staff/activities");
        Assert.Contains("参加の多いボランティア活動", await dx.Locator("main").InnerTextAsync());
        await dx.AssertAccessibleAsync();
    }

    private async Task MoveToNowAsync(Guid eventId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var municipality = (await scope.ServiceProvider.GetRequiredService<MunicipalityDirectory>().FindByCodeAsync("okawa", CancellationToken.None))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(municipality);
        var db = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.StartsAtUtc, now.AddMinutes(-5)).SetProperty(e => e.EndsAtUtc, now.AddHours(2)));
    }
}
