using System.Net;
using MachiDx.Activities.Data;
using MachiDx.Activities.Events;
using MachiDx.Activities.Groups;
using MachiDx.Activities.Rewards;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Wallet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Activities;

/// <summary>Volunteer events: organising, registration within capacity, venue check-in by rotating code, and the reward.</summary>
public abstract class VolunteerScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Fact]
    public async Task Staff_organise_an_event_a_resident_registers_checks_in_with_the_venue_code_and_is_rewarded_once()
    {
        var staff = app.Pages();
        await staff.LoginAsync("okawa", "staff");
        var bad = await staff.SubmitAsync("/okawa/activities/organize", new Dictionary<string, string>
        {
            ["Input.OrganizerKey"] = "city", ["Input.Title"] = "", ["Input.Place"] = "公民館", ["Input.Date"] = "2020-01-01",
            ["Input.Starts"] = "10:00", ["Input.Ends"] = "09:00", ["Input.Capacity"] = "0", ["Input.RewardPoints"] = "300",
        });
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Contains("活動名を入力", bad.FieldError("Input_Title"));
        Assert.Contains("今日以降", bad.FieldError("Input_Date"));
        Assert.Contains("開始時刻より後", bad.FieldError("Input_Ends"));
        Assert.Contains("1〜10,000人", bad.FieldError("Input_Capacity"));
        var countBefore = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ActivitiesDbContext>().Events.CountAsync());

        var created = await staff.SubmitAsync("/okawa/activities/organize", new Dictionary<string, string>
        {
            ["Input.OrganizerKey"] = "city", ["Input.Title"] = "河川敷の清掃", ["Input.Place"] = "筑後川河川敷", ["Input.Date"] = "2030-06-01",
            ["Input.Starts"] = "09:00", ["Input.Ends"] = "11:00", ["Input.Capacity"] = "20", ["Input.RewardPoints"] = "400", ["Input.Description"] = "軍手をお持ちください。",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        Assert.Equal(countBefore + 1, await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ActivitiesDbContext>().Events.CountAsync()));
        var eventId = Guid.Parse(created.Location!.Split('/')[4].Split('?')[0]);

        // Move it to now, so that check-in is open.
        await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ActivitiesDbContext>().Events.Where(e => e.Id == eventId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.StartsAtUtc, app.Clock.UtcNow.AddMinutes(-5)).SetProperty(e => e.EndsAtUtc, app.Clock.UtcNow.AddHours(2))));
        var resident = await app.UserIdAsync("okawa", "jumin001");
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "jumin001");
        var registered = await pages.SubmitAsync($"/okawa/activities/events/{eventId}", new Dictionary<string, string>(), $"/okawa/activities/events/{eventId}?handler=Register");
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        Assert.Contains("申込済み", (await pages.GetAsync($"/okawa/activities/events/{eventId}")).Text);

        var e = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ActivitiesDbContext>().Events.AsNoTracking().SingleAsync(x => x.Id == eventId));
        var code = app.CodeNow(e);
        var checkedIn = await pages.SubmitAsync($"/okawa/activities/events/{eventId}/check-in?code={code}", new Dictionary<string, string> { ["code"] = code });
        Assert.Contains("受付完了", checkedIn.Text);
        await app.DispatchAsync();
        Assert.Equal(before + 400, (await app.WalletAsync("okawa", resident)).Total);
        var grant = Assert.Single(await app.GrantsAsync("okawa", resident), g => g.Kind == RewardKind.Volunteer);
        Assert.Matches("^ボランティア「河川敷の清掃」（\\d{1,2}月\\d{1,2}日）に参加しました$", grant.Reason);

        // The same code reused, a fresh code, and the event redelivered: no second reward.
        var reused = await pages.SubmitAsync($"/okawa/activities/events/{eventId}/check-in?code={code}", new Dictionary<string, string> { ["code"] = code });
        Assert.Contains("すでに受付済み", reused.Text);
        var again = await pages.SubmitAsync($"/okawa/activities/events/{eventId}/check-in?code={code}", new Dictionary<string, string> { ["code"] = app.CodeNow(e) });
        Assert.Contains("すでに受付済み", again.Text);
        await app.WithScopeAsync("okawa", async sp =>
        {
            var handler = sp.GetRequiredService<MachiDx.Platform.Outbox.IIntegrationEventHandler<MachiDx.Activities.Contracts.VolunteerAttended>>();
            await handler.HandleAsync(new(1, eventId, e.Title, new DateOnly(2030, 6, 1), resident, 400, app.Clock.UtcNow), new(Guid.NewGuid(), app.Clock.UtcNow, 2), CancellationToken.None);
            return 0;
        });
        await app.DispatchAsync();
        Assert.Equal(before + 400, (await app.WalletAsync("okawa", resident)).Total);
        Assert.Equal(RegistrationStatus.Attended, Assert.Single(await app.RegistrationsAsync("okawa", eventId)).Status);
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Fact]
    public async Task Expired_wrong_and_out_of_hours_codes_are_refused_and_change_nothing()
    {
        var running = await app.EventAsync("yukuhashi", TimeSpan.FromMinutes(-10), TimeSpan.FromHours(2));
        var other = await app.EventAsync("yukuhashi", TimeSpan.FromMinutes(-10), TimeSpan.FromHours(2));
        var future = await app.EventAsync("yukuhashi", TimeSpan.FromDays(2), TimeSpan.FromHours(2));
        var soon = await app.EventAsync("yukuhashi", TimeSpan.FromMinutes(10), TimeSpan.FromHours(2));
        var ended = await app.EventAsync("yukuhashi", TimeSpan.FromHours(-3), TimeSpan.FromHours(1));
        var pages = app.Pages();
        await pages.LoginAsync("yukuhashi", "jumin002");

        async Task<Page> CheckInAsync(VolunteerEvent e, string code) =>
            await pages.SubmitAsync($"/yukuhashi/activities/events/{e.Id}/check-in", new Dictionary<string, string> { ["code"] = code });

        Assert.Contains("有効期限が切れています", (await CheckInAsync(running, app.CodeNow(running, stepsAgo: 10))).FieldError("Code"));
        Assert.Contains("受付コードが違います", (await CheckInAsync(running, app.CodeNow(other))).FieldError("Code"));
        Assert.Contains("6桁の数字", (await CheckInAsync(running, "12ab")).FieldError("Code"));
        Assert.Contains("受付時間外", (await CheckInAsync(future, app.CodeNow(future))).Text);
        Assert.Contains("受付時間外", (await CheckInAsync(soon, app.CodeNow(soon))).Text);
        Assert.Contains("受付時間外", (await CheckInAsync(ended, app.CodeNow(ended))).Text);
        foreach (var e in new[] { running, other, future, soon, ended })
        {
            Assert.Empty(await app.RegistrationsAsync("yukuhashi", e.Id));
        }

        // A code that was valid a minute ago (two steps) still checks in: time to scan, sign in and confirm.
        Assert.Contains("受付完了", (await CheckInAsync(running, app.CodeNow(running, stepsAgo: 2))).Text);
    }

    [Fact]
    public async Task Capacity_holds_when_residents_register_at_the_same_moment_and_a_cancelled_place_is_freed()
    {
        var e = await app.EventAsync("miyama", TimeSpan.FromDays(3), TimeSpan.FromHours(2), capacity: 3);
        string[] locals = ["jumin001", "jumin002", "jumin003", "jumin004", "jumin005", "resident", "resident2"];
        var residents = await Task.WhenAll(locals.Select(l => app.UserIdAsync("miyama", l)));
        var outcomes = await Task.WhenAll(residents.Select(r => app.WithScopeAsync("miyama", sp =>
            sp.GetRequiredService<EventDesk>().RegisterAsync(e.Id, r, "テスト", CancellationToken.None))));
        Assert.Equal(3, outcomes.Count(o => o == RegistrationOutcome.Registered));
        Assert.Equal(4, outcomes.Count(o => o == RegistrationOutcome.Full));
        var taken = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<ActivitiesDbContext>().Events.Where(x => x.Id == e.Id).Select(x => x.Taken).SingleAsync());
        Assert.Equal(3, taken);
        Assert.Equal(3, (await app.RegistrationsAsync("miyama", e.Id)).Count(r => r.Status == RegistrationStatus.Registered));

        var first = residents[Array.IndexOf(outcomes, RegistrationOutcome.Registered)];
        var waiting = residents[Array.IndexOf(outcomes, RegistrationOutcome.Full)];
        Assert.Equal(CancelOutcome.Cancelled, await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<EventDesk>().CancelRegistrationAsync(e.Id, first, CancellationToken.None)));
        Assert.Equal(RegistrationOutcome.Registered, await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<EventDesk>().RegisterAsync(e.Id, waiting, "テスト", CancellationToken.None)));
        Assert.Equal(RegistrationOutcome.Full, await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<EventDesk>().RegisterAsync(e.Id, first, "テスト", CancellationToken.None)));
    }

    [Fact]
    public async Task A_resident_of_another_city_cannot_see_register_or_check_in()
    {
        var e = await app.EventAsync("okawa", TimeSpan.FromMinutes(-5), TimeSpan.FromHours(1));
        var code = app.CodeNow(e);
        var miyama = app.Pages();
        await miyama.LoginAsync("miyama", "jumin003");
        // Under miyama's address the okawa event does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await miyama.GetAsync($"/miyama/activities/events/{e.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await miyama.GetAsync($"/miyama/activities/events/{e.Id}/check-in?code={code}")).Status);
        // Under okawa's address a miyama account is not signed in there.
        var okawaPage = await miyama.GetAsync($"/okawa/activities/events/{e.Id}/check-in?code={code}");
        Assert.NotEqual(HttpStatusCode.OK, okawaPage.Status);
        var token = (await miyama.GetAsync("/miyama/activities/events")).AntiforgeryToken();
        var posted = await miyama.PostAsync($"/okawa/activities/events/{e.Id}/check-in", new Dictionary<string, string> { ["code"] = code, ["__RequestVerificationToken"] = token });
        Assert.NotEqual(HttpStatusCode.OK, posted.Status);
        Assert.Empty(await app.RegistrationsAsync("okawa", e.Id));
        Assert.Empty(await app.RegistrationsAsync("miyama", e.Id));
    }

    [Fact]
    public async Task A_group_applies_staff_approve_and_its_representative_organises_and_marks_attendance_but_cannot_touch_city_events()
    {
        var rep = app.Pages();
        await rep.LoginAsync("yukuhashi", "jumin004");
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync("/yukuhashi/activities/organize")).Status);
        var badApply = await rep.SubmitAsync("/yukuhashi/activities/groups/apply", new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["Input.Activity"] = "見守り", ["Input.ContactPhone"] = "abc",
        });
        Assert.NotNull(badApply.FieldError("Input_Name"));
        Assert.Contains("0944-00-0000", badApply.FieldError("Input_ContactPhone"));
        var name = "行橋テスト見守り隊" + Guid.NewGuid().ToString("N")[..4];
        Assert.Equal(HttpStatusCode.Redirect, (await rep.SubmitAsync("/yukuhashi/activities/groups/apply", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Activity"] = "通学路の見守り", ["Input.ContactPhone"] = "0930-00-0000",
        })).Status);
        var groupId = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ActivitiesDbContext>().Groups.Where(g => g.Name == name).Select(g => g.Id).SingleAsync());

        // Until the city approves the group, its representative cannot organise anything.
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync("/yukuhashi/activities/organize")).Status);
        var early = await rep.PostAsync("/yukuhashi/activities/organize", new Dictionary<string, string>
        {
            ["Input.OrganizerKey"] = groupId.ToString(), ["Input.Title"] = "承認前", ["Input.Place"] = "x", ["Input.Date"] = "2030-05-01",
            ["Input.Starts"] = "07:30", ["Input.Ends"] = "08:30", ["Input.Capacity"] = "10", ["Input.RewardPoints"] = "300",
            ["__RequestVerificationToken"] = (await rep.GetAsync("/yukuhashi/activities/groups/apply")).AntiforgeryToken(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, early.Status);
        Assert.False(await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ActivitiesDbContext>().Events.AnyAsync(e => e.GroupId == groupId)));

        // Residents cannot review; staff must give a reason to refuse; then approve.
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync("/yukuhashi/staff/activities/groups")).Status);
        var staff = app.Pages();
        await staff.LoginAsync("yukuhashi", "staff");
        var noReason = await staff.SubmitAsync("/yukuhashi/staff/activities/groups", new Dictionary<string, string> { ["groupId"] = groupId.ToString(), ["approve"] = "false", ["Note"] = "" });
        Assert.Contains("理由を入力", noReason.FieldError("Note"));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync("/yukuhashi/staff/activities/groups", new Dictionary<string, string> { ["groupId"] = groupId.ToString(), ["approve"] = "true" })).Status);

        // The representative organises for the group; the points are the city's standard whatever is posted.
        var created = await rep.SubmitAsync("/yukuhashi/activities/organize", new Dictionary<string, string>
        {
            ["Input.OrganizerKey"] = groupId.ToString(), ["Input.Title"] = "見守り活動", ["Input.Place"] = "小学校前", ["Input.Date"] = "2030-05-01",
            ["Input.Starts"] = "07:30", ["Input.Ends"] = "08:30", ["Input.Capacity"] = "10", ["Input.RewardPoints"] = "9999",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var groupEvent = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ActivitiesDbContext>().Events.AsNoTracking().SingleAsync(e => e.GroupId == groupId));
        Assert.Equal((name, 300L), (groupEvent.OrganizerName, groupEvent.RewardPoints));
        // Posting as the city is refused for a resident.
        var asCity = await rep.SubmitAsync("/yukuhashi/activities/organize", new Dictionary<string, string>
        {
            ["Input.OrganizerKey"] = "city", ["Input.Title"] = "なりすまし", ["Input.Place"] = "x", ["Input.Date"] = "2030-05-01",
            ["Input.Starts"] = "07:30", ["Input.Ends"] = "08:30", ["Input.Capacity"] = "10", ["Input.RewardPoints"] = "300",
        });
        Assert.NotNull(asCity.FieldError("Input_OrganizerKey"));
        var cityEvent = await app.EventAsync("yukuhashi", TimeSpan.FromDays(1), TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync($"/yukuhashi/activities/organize/{cityEvent.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync($"/yukuhashi/activities/organize/{cityEvent.Id}/venue?handler=Code")).Status);

        // During the event the representative marks a registered resident present; the reward follows.
        await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ActivitiesDbContext>().Events.Where(e => e.Id == groupEvent.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.StartsAtUtc, app.Clock.UtcNow.AddMinutes(-1)).SetProperty(e => e.EndsAtUtc, app.Clock.UtcNow.AddHours(1))));
        var volunteer = await app.UserIdAsync("yukuhashi", "jumin005");
        Assert.Equal(RegistrationOutcome.Registered, await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<EventDesk>().RegisterAsync(groupEvent.Id, volunteer, "テスト", CancellationToken.None)));
        var registration = Assert.Single(await app.RegistrationsAsync("yukuhashi", groupEvent.Id));
        var before = (await app.WalletAsync("yukuhashi", volunteer)).Total;
        var marked = await rep.SubmitAsync($"/yukuhashi/activities/organize/{groupEvent.Id}", new Dictionary<string, string> { ["registrationId"] = registration.Id.ToString() },
            $"/yukuhashi/activities/organize/{groupEvent.Id}?handler=Attended");
        Assert.Equal(HttpStatusCode.Redirect, marked.Status);
        using (var venue = await rep.Http.GetAsync($"/yukuhashi/activities/organize/{groupEvent.Id}/venue?handler=Code"))
        {
            var state = await venue.Content.ReadAsStringAsync();
            Assert.Matches("\"code\":\"\\d{6}\"", state);
        }

        await app.DispatchAsync();
        Assert.Equal(before + 300, (await app.WalletAsync("yukuhashi", volunteer)).Total);
    }

    [Fact]
    public async Task A_resident_cancels_on_the_event_page_until_it_starts_and_the_place_is_freed()
    {
        var e = await app.EventAsync("okawa", TimeSpan.FromDays(2), TimeSpan.FromHours(2), capacity: 1);
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "jumin004");
        var url = $"/okawa/activities/events/{e.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await pages.SubmitAsync(url, new Dictionary<string, string>(), url + "?handler=Register")).Status);
        var page = await pages.GetAsync(url);
        Assert.Contains("申込済み", page.Text);
        Assert.Contains("申込をキャンセルする", page.Text);
        var cancelled = await pages.SubmitAsync(url, new Dictionary<string, string>(), url + "?handler=Cancel");
        Assert.Contains("申込をキャンセルしました。", (await pages.GetAsync(cancelled.Location!)).Text, StringComparison.Ordinal);
        Assert.Equal(RegistrationStatus.Cancelled, Assert.Single(await app.RegistrationsAsync("okawa", e.Id)).Status);
        Assert.Equal(0, await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ActivitiesDbContext>().Events.Where(x => x.Id == e.Id).Select(x => x.Taken).SingleAsync()));

        // Registered again; once the event has started, cancelling is refused and the place stays taken.
        Assert.Equal(HttpStatusCode.Redirect, (await pages.SubmitAsync(url, new Dictionary<string, string>(), url + "?handler=Register")).Status);
        await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ActivitiesDbContext>().Events.Where(x => x.Id == e.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.StartsAtUtc, app.Clock.UtcNow.AddMinutes(-1))));
        Assert.DoesNotContain("申込をキャンセルする", (await pages.GetAsync(url)).Text);
        var late = await pages.SubmitAsync(url, new Dictionary<string, string>(), url + "?handler=Cancel");
        Assert.Contains("開始時刻を過ぎたため", (await pages.GetAsync(late.Location!)).Text, StringComparison.Ordinal);
        Assert.Equal(RegistrationStatus.Registered, Assert.Single(await app.RegistrationsAsync("okawa", e.Id)).Status);
    }

    [Fact]
    public async Task One_resident_checking_in_several_times_at_once_attends_once_and_publishes_once()
    {
        var e = await app.EventAsync("miyama", TimeSpan.FromMinutes(-5), TimeSpan.FromHours(1), capacity: 5);
        var walkIn = await app.UserIdAsync("miyama", "jumin001");
        var registered = await app.UserIdAsync("miyama", "jumin002");
        Assert.Equal(RegistrationOutcome.Registered, await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<EventDesk>().RegisterAsync(e.Id, registered, "テスト", CancellationToken.None)));
        foreach (var resident in new[] { walkIn, registered })
        {
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.WithScopeAsync("miyama", sp =>
                sp.GetRequiredService<EventDesk>().CheckInAsync(e.Id, resident, "テスト", app.CodeNow(e), CancellationToken.None))));
            Assert.Equal(1, outcomes.Count(o => o == CheckInOutcome.CheckedIn));
            Assert.All(outcomes.Where(o => o != CheckInOutcome.CheckedIn), o => Assert.Equal(CheckInOutcome.AlreadyCheckedIn, o));
        }

        var published = await app.OutboxAsync<ActivitiesDbContext>(MachiDx.Activities.Contracts.VolunteerAttended.EventName, e.Id.ToString());
        Assert.Equal(2, published.Count);
        Assert.Equal(2, (await app.RegistrationsAsync("miyama", e.Id)).Count(r => r.Status == RegistrationStatus.Attended));
        Assert.Equal(2, await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<ActivitiesDbContext>().Events.Where(x => x.Id == e.Id).Select(x => x.Taken).SingleAsync()));
    }

    [Fact]
    public async Task The_dashboard_shows_budget_use_participation_and_the_top_events_and_exports_them()
    {
        var e = await app.EventAsync("okawa", TimeSpan.FromMinutes(-5), TimeSpan.FromHours(1), capacity: 10, points: 300);
        foreach (var local in new[] { "jumin002", "jumin003", "jumin005" })
        {
            var resident = await app.UserIdAsync("okawa", local);
            Assert.Equal(CheckInOutcome.CheckedIn, await app.WithScopeAsync("okawa", sp =>
                sp.GetRequiredService<EventDesk>().CheckInAsync(e.Id, resident, local, app.CodeNow(e), CancellationToken.None)));
        }

        await app.SettleOutboxAsync();
        var (granted, budget) = await app.WithScopeAsync("okawa", async sp =>
        {
            var jst = MachiDx.Platform.JapanTime.ToJst(app.Clock.UtcNow);
            var fy = jst.Month >= 4 ? jst.Year : jst.Year - 1;
            var db = sp.GetRequiredService<ActivitiesDbContext>();
            var sum = await db.Grants.Where(g => g.FiscalYear == fy && g.Status == RewardStatus.Granted).SumAsync(g => g.Points);
            return (sum, (await db.Policies.SingleAsync()).FiscalYearBudgetPoints);
        });
        Assert.True(granted >= 900);

        var dx = app.Pages();
        await dx.LoginAsync("okawa", "dx");
        var dashboard = await dx.GetAsync("/okawa/staff/activities");
        Assert.Contains(granted.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "pt（予算 " + budget.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "pt の", dashboard.Text);
        Assert.Contains(e.Title, dashboard.Text);
        using var csv = await dx.Http.GetAsync("/okawa/staff/activities?handler=EventsCsv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("開催日,活動名,主催,定員,申込・参加,参加者(受付済み),参加ポイント", lines[0], StringComparison.Ordinal);
        // The busiest event of the year comes first: three attended, three places taken, of ten, 300 pt.
        Assert.EndsWith($",{e.Title},テスト市,10,3,3,300", lines[1], StringComparison.Ordinal);

        // Residents and staff outside DX推進 get no figures.
        var resident2 = app.Pages();
        await resident2.LoginAsync("okawa", "jumin002");
        Assert.Equal(HttpStatusCode.Forbidden, (await resident2.GetAsync("/okawa/staff/activities?handler=EventsCsv")).Status);
    }

    [Fact]
    public async Task The_fiscal_year_budget_holds_when_many_residents_are_rewarded_at_once()
    {
        // Let every reward already in flight (the demo's, other scenarios') land first, then leave room for exactly two.
        await app.SettleOutboxAsync();

        var spent = await app.WithScopeAsync("miyama", async sp =>
        {
            var db = sp.GetRequiredService<ActivitiesDbContext>();
            var reserved = await db.BudgetUse.AsNoTracking().Select(b => (long?)b.SpentPoints).MaxAsync();
            return reserved ?? await db.Grants.Where(g => g.Status != RewardStatus.Skipped).SumAsync(g => g.Points);
        });
        await using var _ = await app.PolicyAsync("miyama", p => p.FiscalYearBudgetPoints = spent + 600);
        var e = await app.EventAsync("miyama", TimeSpan.FromMinutes(-5), TimeSpan.FromHours(1), capacity: 10, points: 300);
        string[] locals = ["jumin001", "jumin002", "jumin003", "jumin004", "jumin005", "resident2"];
        var residents = await Task.WhenAll(locals.Select(l => app.UserIdAsync("miyama", l)));
        var grants = await Task.WhenAll(residents.Select(r => app.WithScopeAsync("miyama", sp =>
            sp.GetRequiredService<RewardIssuer>().IssueAsync(new RewardRequest(r, RewardKind.Volunteer, $"volunteer/{e.Id:N}/{r:N}", "テスト", 300), CancellationToken.None))));
        Assert.Equal(2, grants.Count(g => g.Status == RewardStatus.Granted));
        Assert.All(grants.Where(g => g.Status == RewardStatus.Skipped), g => Assert.Contains("予算", g.SkipReason));
    }
}

public sealed class VolunteerOnSqlite(SqliteApp app) : VolunteerScenarios<SqliteApp>(app);

public sealed class VolunteerOnPostgres(PostgresApp app) : VolunteerScenarios<PostgresApp>(app);
