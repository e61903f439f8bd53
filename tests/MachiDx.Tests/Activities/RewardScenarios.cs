using MachiDx.Activities.Data;
using MachiDx.Activities.Rewards;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Contracts;
using MachiDx.Procedures.Data;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Wallet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Activities;

/// <summary>★ Points for online applications: exactly once per rule, within the monthly cap and the fiscal-year budget.</summary>
public abstract class RewardScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Fact]
    public async Task A_completed_online_application_published_through_the_outbox_rewards_once_even_when_delivered_again()
    {
        var resident = await app.UserIdAsync("okawa", "jumin001");
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var completed = Completed(resident, "sodai-gomi", "粗大ごみ収集の申込", municipalityId: 1);
        await app.WithScopeAsync("okawa", async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            sp.GetRequiredService<Outbox>().Publish(db, completed);
            await db.SaveChangesAsync();
            return 0;
        });
        await app.WithScopeAsync(null, sp => sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));
        var error = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ProceduresDbContext>().OutboxMessages
            .Where(m => m.Type == ApplicationCompleted.EventName && m.LastError != null).Select(m => m.LastError).FirstOrDefaultAsync());
        Assert.Null(error);

        Assert.Equal(before + 100, (await app.WalletAsync("okawa", resident)).Total);
        var lot = (await app.WalletAsync("okawa", resident)).Lots.Single(l => l.Lot.Description.StartsWith("粗大ごみ収集の申込", StringComparison.Ordinal));
        Assert.Equal("粗大ごみ収集の申込をオンラインで申し込みました +100pt", lot.Lot.Description);

        // The same event delivered again (at-least-once), and concurrently twice more: nothing more.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => HandleAsync("okawa", completed)));
        Assert.Equal(before + 100, (await app.WalletAsync("okawa", resident)).Total);

        // A second application of the same procedure: the city rewards the first online use only.
        await HandleAsync("okawa", Completed(resident, "sodai-gomi", "粗大ごみ収集の申込"));
        Assert.Equal(before + 100, (await app.WalletAsync("okawa", resident)).Total);
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Fact]
    public async Task A_crash_after_the_decision_and_before_the_wallet_grant_is_finished_once_when_the_outbox_redelivers()
    {
        var resident = await app.UserIdAsync("miyama", "jumin005");
        var before = (await app.WalletAsync("miyama", resident)).Total;
        var completed = Completed(resident, "crash-test", "テスト手続き");
        // The process died after committing the decision (Pending) and before the wallet grant.
        await app.WithScopeAsync("miyama", async sp =>
        {
            var jst = MachiDx.Platform.JapanTime.ToJst(app.Clock.UtcNow);
            var db = sp.GetRequiredService<ActivitiesDbContext>();
            db.Grants.Add(new RewardGrant
            {
                Id = Guid.NewGuid(), ResidentId = resident, Kind = RewardKind.OnlineApplication, SourceKey = $"online-first/{resident:N}/crash-test",
                Reason = "テスト手続きをオンラインで申し込みました", Points = 100, Status = RewardStatus.Pending,
                FiscalYear = jst.Month >= 4 ? jst.Year : jst.Year - 1, Month = (jst.Year * 100) + jst.Month, CreatedAtUtc = app.Clock.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(before, (await app.WalletAsync("miyama", resident)).Total);

        // After the restart the outbox delivers the event again (at least once): the grant is finished, once.
        await HandleAsync("miyama", completed);
        await HandleAsync("miyama", completed);
        Assert.Equal(before + 100, (await app.WalletAsync("miyama", resident)).Total);
        var grant = Assert.Single(await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<ActivitiesDbContext>().Grants.AsNoTracking()
            .Where(g => g.ResidentId == resident && g.SourceKey.EndsWith("/crash-test")).ToListAsync()));
        Assert.Equal(RewardStatus.Granted, grant.Status);
        await app.AssertLedgerConsistentAsync("miyama");
    }

    [Fact]
    public async Task Killed_between_completion_and_delivery_the_outbox_redelivers_and_the_reward_is_paid_once()
    {
        var resident = await app.UserIdAsync("okawa", "jumin002");
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var completed = Completed(resident, "kill-test", "犬の死亡届", municipalityId: 1);

        // Completion commits the application and its ApplicationCompleted message together (as ReviewDesk does);
        // the process dies before the dispatcher runs. After the restart the dispatcher finds the message and delivers it.
        await app.WithScopeAsync("okawa", async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            sp.GetRequiredService<Outbox>().Publish(db, completed);
            return await db.SaveChangesAsync();
        });
        await app.SettleOutboxAsync();
        Assert.Equal(before + 100, (await app.WalletAsync("okawa", resident)).Total);

        // Killed again, this time after the handler's effects committed but before the delivery was recorded:
        // the message is due again and is delivered a second time (and a third, concurrently, by another node).
        var message = Assert.Single(await app.OutboxAsync<ProceduresDbContext>(ApplicationCompleted.EventName, completed.ApplicationId.ToString()));
        Assert.NotNull(message.DispatchedAtUtc);
        await app.WithScopeAsync(null, sp => sp.GetRequiredService<ProceduresDbContext>().OutboxMessages.Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.DispatchedAtUtc, (DateTime?)null).SetProperty(m => m.NextAttemptAtUtc, app.Clock.UtcNow.AddMinutes(-1))));
        await Task.WhenAll(app.SettleOutboxAsync(), HandleAsync("okawa", completed));
        await app.SettleOutboxAsync();

        var redelivered = Assert.Single(await app.OutboxAsync<ProceduresDbContext>(ApplicationCompleted.EventName, completed.ApplicationId.ToString()));
        Assert.NotNull(redelivered.DispatchedAtUtc);
        Assert.Null(redelivered.LastError);
        Assert.Equal(before + 100, (await app.WalletAsync("okawa", resident)).Total);
        var grant = Assert.Single(await app.GrantsAsync("okawa", resident), g => g.SourceKey.EndsWith("/kill-test", StringComparison.Ordinal));
        Assert.Equal((RewardStatus.Granted, 100L), (grant.Status, grant.Points));
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Fact]
    public async Task Every_time_mode_rewards_each_application_and_a_procedure_can_have_its_own_points()
    {
        var resident = await app.UserIdAsync("okawa", "jumin004");
        var before = (await app.WalletAsync("okawa", resident)).Total;
        await using (await app.PolicyAsync("okawa", p => (p.OnlineApplicationMode, p.ProcedurePoints) = (OnlineRewardMode.EveryTime, "special-a:250,free-b:0")))
        {
            await HandleAsync("okawa", Completed(resident, "special-a", "特別な手続き"));
            await HandleAsync("okawa", Completed(resident, "special-a", "特別な手続き"));
            await HandleAsync("okawa", Completed(resident, "free-b", "無料の手続き"));
            await HandleAsync("okawa", Completed(resident, "other-c", "ほかの手続き"));
        }

        Assert.Equal(before + 250 + 250 + 100, (await app.WalletAsync("okawa", resident)).Total);
        var grants = await app.GrantsAsync("okawa", resident);
        Assert.Equal([100L, 250L, 250L], grants.Where(g => g.Status == RewardStatus.Granted).Select(g => g.Points).Order().ToArray());
        Assert.DoesNotContain(grants, g => g.Reason.StartsWith("無料の手続き", StringComparison.Ordinal));

        // Back under the city's rule of the first online use per procedure: two applications of one procedure earn once.
        await HandleAsync("okawa", Completed(resident, "other-d", "別の手続き"));
        await HandleAsync("okawa", Completed(resident, "other-d", "別の手続き"));
        Assert.Equal(before + 600 + 100, (await app.WalletAsync("okawa", resident)).Total);
    }

    [Fact]
    public async Task The_monthly_cap_stops_rewards_and_says_why()
    {
        // The cap is reserved in the database (a conditional update), not under a lock in this process: four rewards
        // for one resident arriving at once, each in its own scope and connection, pass it only as far as it allows.
        var resident = await app.UserIdAsync("yukuhashi", "jumin002");
        await app.WithScopeAsync("yukuhashi", async sp =>
        {
            var issuer = sp.GetRequiredService<RewardIssuer>();
            var policy = await issuer.PolicyAsync(CancellationToken.None);
            policy.MonthlyCapPoints = 250;
            await sp.GetRequiredService<ActivitiesDbContext>().SaveChangesAsync();
            return 0;
        });
        var before = (await app.WalletAsync("yukuhashi", resident)).Total;
        var results = await Task.WhenAll(new[] { "a", "b", "c", "d" }.Select(code => HandleAsync("yukuhashi", Completed(resident, "proc-" + code, "手続き" + code))));
        Assert.Equal(before + 200, (await app.WalletAsync("yukuhashi", resident)).Total);
        var grants = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ActivitiesDbContext>().Grants.Where(g => g.ResidentId == resident).ToListAsync());
        Assert.Equal(2, grants.Count(g => g.Status == RewardStatus.Granted));
        Assert.All(grants.Where(g => g.Status == RewardStatus.Skipped), g => Assert.Contains("今月の上限（250pt）", g.SkipReason));
        Assert.Equal(4, results.Length);
        var reserved = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ActivitiesDbContext>().MonthUse.AsNoTracking()
            .Where(m => m.ResidentId == resident).SumAsync(m => m.Points));
        Assert.Equal(200, reserved);
    }

    [Fact]
    public async Task A_reward_event_is_applied_in_its_own_city_only()
    {
        var okawaResident = await app.UserIdAsync("okawa", "jumin003");
        await HandleAsync("miyama", Completed(okawaResident, "juminhyo", "住民票の写し", municipalityId: 3));
        var inMiyama = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<ActivitiesDbContext>().Grants.CountAsync(g => g.ResidentId == okawaResident));
        var inOkawa = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ActivitiesDbContext>().Grants.CountAsync(g => g.ResidentId == okawaResident));
        Assert.Equal((1, 0), (inMiyama, inOkawa));
        Assert.DoesNotContain((await app.WalletAsync("okawa", okawaResident)).Lots, l => l.Lot.Description.StartsWith("住民票の写し", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_resident_sees_each_reward_with_its_reason_and_dx_staff_see_the_totals_and_csv()
    {
        var resident = await app.UserIdAsync("miyama", "jumin004");
        await HandleAsync("miyama", Completed(resident, "inu-toroku", "犬の登録"));
        var pages = app.Pages();
        await pages.LoginAsync("miyama", "jumin004");
        var mine = await pages.GetAsync("/miyama/activities/rewards");
        Assert.Contains("犬の登録をオンラインで申し込みました", mine.Text);
        Assert.Contains("+100pt", mine.Text);

        var dx = app.Pages();
        await dx.LoginAsync("miyama", "dx");
        var dashboard = await dx.GetAsync("/miyama/staff/activities");
        Assert.Contains("ポイントを受け取った住民", dashboard.Text);
        using var csv = await dx.Http.GetAsync("/miyama/staff/activities?handler=Csv");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("年月,オンライン申請(pt)", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Matches(@"\r\n\d{4}-\d{2},[1-9]\d*00,\d+,\d+,\d+,\d+\r\n", text);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await pages.GetAsync("/miyama/staff/activities")).Status);
        var staff = app.Pages();
        await staff.LoginAsync("miyama", "staff");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await staff.GetAsync("/miyama/staff/activities/policy")).Status);
    }

    [Fact]
    public async Task Dx_staff_change_the_rules_with_field_errors_for_bad_values()
    {
        var dx = app.Pages();
        await dx.LoginAsync("okawa", "dx");
        var bad = await dx.SubmitAsync("/okawa/staff/activities/policy", new Dictionary<string, string>
        {
            ["Input.OnlineApplicationPoints"] = "-5", ["Input.OnlineApplicationMode"] = "EveryTime", ["Input.VolunteerPoints"] = "300",
            ["Input.MonthlyCapPoints"] = "abc", ["Input.FiscalYearBudgetPoints"] = "1000000",
            ["Input.StepPointsTable"] = "7000:5,10000:10", ["Input.MaxStepsPerDay"] = "50000", ["Input.CheckupPoints"] = "500", ["Input.HealthClassPoints"] = "200",
        });
        Assert.Contains("0から100,000", bad.FieldError("Input_OnlineApplicationPoints"));
        Assert.NotNull(bad.FieldError("Input_MonthlyCapPoints"));
        var saved = await dx.SubmitAsync("/okawa/staff/activities/policy", new Dictionary<string, string>
        {
            ["Input.OnlineApplicationPoints"] = "50", ["Input.OnlineApplicationMode"] = "EveryTime", ["Input.VolunteerPoints"] = "300",
            ["Input.MonthlyCapPoints"] = "3000", ["Input.FiscalYearBudgetPoints"] = "1000000",
            ["Input.StepPointsTable"] = "7000:5,10000:10", ["Input.MaxStepsPerDay"] = "50000", ["Input.CheckupPoints"] = "500", ["Input.HealthClassPoints"] = "200",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.Status);
        var policy = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ActivitiesDbContext>().Policies.AsNoTracking().SingleAsync());
        Assert.Equal((50L, OnlineRewardMode.EveryTime), (policy.OnlineApplicationPoints, policy.OnlineApplicationMode));

        // The class shares one app: put okawa's rules back so that the other scenarios see the defaults in any order.
        var restored = await dx.SubmitAsync("/okawa/staff/activities/policy", new Dictionary<string, string>
        {
            ["Input.OnlineApplicationPoints"] = "100", ["Input.OnlineApplicationMode"] = "FirstPerProcedure", ["Input.VolunteerPoints"] = "300",
            ["Input.MonthlyCapPoints"] = "3000", ["Input.FiscalYearBudgetPoints"] = "5000000",
            ["Input.StepPointsTable"] = "7000:5,10000:10", ["Input.MaxStepsPerDay"] = "50000", ["Input.CheckupPoints"] = "500", ["Input.HealthClassPoints"] = "200",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, restored.Status);
    }

    private ApplicationCompleted Completed(Guid resident, string code, string name, int municipalityId = 0) =>
        new(municipalityId, Guid.NewGuid(), "2026-" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            code, name, resident, app.Clock.UtcNow.AddDays(-1), app.Clock.UtcNow);

    private Task<int> HandleAsync(string city, ApplicationCompleted message) =>
        app.WithScopeAsync(city, async sp =>
        {
            var municipalityId = sp.GetRequiredService<TenantContext>().Required.Id;
            foreach (var handler in sp.GetServices<IIntegrationEventHandler<ApplicationCompleted>>())
            {
                await handler.HandleAsync(message with { MunicipalityId = municipalityId }, new IncomingMessage(Guid.NewGuid(), app.Clock.UtcNow, 1), CancellationToken.None);
            }

            return 0;
        });
}

public sealed class RewardsOnSqlite(SqliteApp app) : RewardScenarios<SqliteApp>(app);

public sealed class RewardsOnPostgres(PostgresApp app) : RewardScenarios<PostgresApp>(app);
