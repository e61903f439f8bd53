using System.Net;
using System.Text;
using MachiDx.Activities.Contracts;
using MachiDx.Activities.Data;
using MachiDx.Activities.Rewards;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Wallet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Activities;

/// <summary>Health activities (steps, check-ups, classes), their points, and the activity-based premium tier.</summary>
public abstract class HealthScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private string Day(int daysAgo) => app.Clock.Day(-daysAgo);

    [Fact]
    public async Task Steps_earn_points_per_threshold_once_per_day_and_a_higher_count_adds_only_the_difference()
    {
        var resident = await app.UserIdAsync("okawa", "jumin001");
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "jumin001");
        Assert.Equal(HttpStatusCode.Redirect, (await pages.SubmitAsync("/okawa/activities/health", new Dictionary<string, string> { ["Input.Date"] = Day(1), ["Input.Steps"] = "7500" })).Status);
        await app.DispatchAsync();
        Assert.Equal(before + 5, (await app.WalletAsync("okawa", resident)).Total);

        // The same day again with more steps: +5 more for 10,000; the same count or fewer: nothing.
        await pages.SubmitAsync("/okawa/activities/health", new Dictionary<string, string> { ["Input.Date"] = Day(1), ["Input.Steps"] = "12000" });
        await pages.SubmitAsync("/okawa/activities/health", new Dictionary<string, string> { ["Input.Date"] = Day(1), ["Input.Steps"] = "9000" });
        await app.DispatchAsync();
        await app.DispatchAsync();
        Assert.Equal(before + 10, (await app.WalletAsync("okawa", resident)).Total);
        var grants = (await app.GrantsAsync("okawa", resident)).Where(g => g.Kind == RewardKind.Health).Select(g => g.Reason[g.Reason.IndexOf('に', StringComparison.Ordinal)..]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["に10,000歩以上歩きました", "に7,000歩以上歩きました"], grants);
        var record = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ActivitiesDbContext>().HealthRecords.AsNoTracking().SingleAsync(h => h.ResidentId == resident));
        Assert.Equal(12000, record.Steps);
    }

    [Fact]
    public async Task Bad_step_reports_get_field_errors_and_record_nothing()
    {
        var resident = await app.UserIdAsync("okawa", "jumin002");
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "jumin002");
        var future = await pages.SubmitAsync("/okawa/activities/health", new Dictionary<string, string> { ["Input.Date"] = Day(-1), ["Input.Steps"] = "8000" });
        Assert.Contains("未来の日付", future.FieldError("Input_Date"));
        var old = await pages.SubmitAsync("/okawa/activities/health", new Dictionary<string, string> { ["Input.Date"] = Day(40), ["Input.Steps"] = "8000" });
        Assert.Contains("過去31日分", old.FieldError("Input_Date"));
        var tooMany = await pages.SubmitAsync("/okawa/activities/health", new Dictionary<string, string> { ["Input.Date"] = Day(0), ["Input.Steps"] = "80000" });
        Assert.Contains("50,000歩", tooMany.FieldError("Input_Steps"));
        var notNumber = await pages.SubmitAsync("/okawa/activities/health", new Dictionary<string, string> { ["Input.Date"] = Day(0), ["Input.Steps"] = "たくさん" });
        Assert.NotNull(notNumber.FieldError("Input_Steps"));
        Assert.Equal(0, await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ActivitiesDbContext>().HealthRecords.CountAsync(h => h.ResidentId == resident)));
    }

    [Fact]
    public async Task A_step_csv_is_imported_whole_or_not_at_all_with_per_line_errors()
    {
        var resident = await app.UserIdAsync("yukuhashi", "jumin001");
        var pages = app.Pages();
        await pages.LoginAsync("yukuhashi", "jumin001");
        var bad = Encoding.UTF8.GetBytes($"日付,歩数\n{Day(3)},8000\n{Day(2)},abc\n{Day(2)},9000\n2000-01-01,7000\n");
        var refused = await pages.PostMultipartAsync("/yukuhashi/activities/health", "/yukuhashi/activities/health?handler=Import", [], [("StepsFile", "steps.csv", bad)]);
        var error = refused.FieldError("StepsFile");
        Assert.NotNull(error);
        Assert.Contains("3行目", error);
        Assert.Contains("5行目", error);
        Assert.DoesNotContain("2行目", error);
        Assert.Equal(0, await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ActivitiesDbContext>().HealthRecords.CountAsync(h => h.ResidentId == resident)));

        var good = Encoding.UTF8.GetBytes($"\uFEFF日付,歩数\r\n{Day(3)},8000\r\n{Day(2)},\"10,500\"\r\n{Day(1)},3000\r\n");
        var imported = await pages.PostMultipartAsync("/yukuhashi/activities/health", "/yukuhashi/activities/health?handler=Import", [], [("StepsFile", "steps.csv", good)]);
        Assert.Equal(HttpStatusCode.Redirect, imported.Status);
        Assert.Contains("3日分の歩数を記録しました", (await pages.GetAsync(imported.Location!)).Text, StringComparison.Ordinal);
        await app.DispatchAsync();
        var points = (await app.GrantsAsync("yukuhashi", resident)).Where(g => g.Status == RewardStatus.Granted && g.Kind == RewardKind.Health).Sum(g => g.Points);
        Assert.Equal(5 + 10, points);
    }

    [Fact]
    public async Task Staff_attest_a_checkup_once_and_residents_cannot_attest()
    {
        var resident = await app.UserIdAsync("miyama", "jumin001");
        var before = (await app.WalletAsync("miyama", resident)).Total;
        var self = app.Pages();
        await self.LoginAsync("miyama", "jumin001");
        Assert.Equal(HttpStatusCode.Forbidden, (await self.GetAsync("/miyama/staff/activities/health")).Status);

        var staff = app.Pages();
        await staff.LoginAsync("miyama", "staff");
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = "jumin001@miyama.example.jp", ["Input.Kind"] = nameof(HealthActivityKind.Checkup), ["Input.Title"] = "特定健診", ["Input.Date"] = Day(2),
        };
        var unknown = await staff.SubmitAsync("/miyama/staff/activities/health", new Dictionary<string, string>(fields) { ["Input.Email"] = "jumin001@okawa.example.jp" });
        Assert.Contains("この市に登録されていません", unknown.FieldError("Input_Email"));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync("/miyama/staff/activities/health", fields)).Status);
        var twice = await staff.SubmitAsync("/miyama/staff/activities/health", fields);
        Assert.Contains("すでにあります", twice.FieldError("Input_Title"));
        await app.DispatchAsync();
        Assert.Equal(before + 500, (await app.WalletAsync("miyama", resident)).Total);
        var grant = Assert.Single(await app.GrantsAsync("miyama", resident));
        Assert.EndsWith("特定健診を受けました", grant.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activity_points_in_the_window_raise_the_premium_on_the_charge_page_and_other_points_do_not()
    {
        var resident = await app.UserIdAsync("yukuhashi", "jumin003");
        var pages = app.Pages();
        await pages.LoginAsync("yukuhashi", "jumin003");
        Assert.Contains("地域活動による上乗せ：+0%", (await pages.GetAsync("/yukuhashi/wallet/charge")).Text);

        // Points the wallet grants for other reasons (not through Activities) do not count.
        await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<MachiDx.Wallet.Contracts.IWalletRewards>()
            .GrantPointsAsync(resident, 1_000, "test/other/" + Guid.NewGuid(), "その他", CancellationToken.None));
        Assert.Contains("地域活動による上乗せ：+0%", (await pages.GetAsync("/yukuhashi/wallet/charge")).Text);

        var staff = app.Pages();
        await staff.LoginAsync("yukuhashi", "staff");
        await staff.SubmitAsync("/yukuhashi/staff/activities/health", new Dictionary<string, string>
        {
            ["Input.Email"] = "jumin003@yukuhashi.example.jp", ["Input.Kind"] = nameof(HealthActivityKind.Checkup), ["Input.Title"] = "胃がん検診", ["Input.Date"] = Day(1),
        });
        await app.DispatchAsync();
        var charge = await pages.GetAsync("/yukuhashi/wallet/charge");
        Assert.Contains("地域活動による上乗せ：+2%", charge.Text);
        Assert.Contains("受け取ったポイント：500pt", charge.Text);
        Assert.Contains("あと500ptで、プレミアム率が+5%", charge.Text);
    }

    [Fact]
    public async Task Staff_attest_a_health_class_which_earns_the_class_points_with_its_reason()
    {
        var resident = await app.UserIdAsync("miyama", "jumin002");
        var before = (await app.WalletAsync("miyama", resident)).Total;
        var staff = app.Pages();
        await staff.LoginAsync("miyama", "staff");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync("/miyama/staff/activities/health", new Dictionary<string, string>
        {
            ["Input.Email"] = "jumin002@miyama.example.jp", ["Input.Kind"] = nameof(HealthActivityKind.HealthClass), ["Input.Title"] = "健康教室「はじめての筋トレ」", ["Input.Date"] = Day(1),
        })).Status);
        await app.DispatchAsync();
        Assert.Equal(before + 200, (await app.WalletAsync("miyama", resident)).Total);
        var grant = Assert.Single(await app.GrantsAsync("miyama", resident));
        Assert.Equal((RewardKind.Health, 200L), (grant.Kind, grant.Points));
        Assert.EndsWith("健康教室「はじめての筋トレ」に参加しました", grant.Reason, StringComparison.Ordinal);
        var record = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<ActivitiesDbContext>().HealthRecords.AsNoTracking().SingleAsync(h => h.ResidentId == resident));
        Assert.Equal((HealthActivityKind.HealthClass, MachiDx.Activities.Health.HealthSource.StaffAttested), (record.Kind, record.Source));
    }

    [Fact]
    public async Task Each_city_has_its_own_step_table_and_daily_maximum()
    {
        var resident = await app.UserIdAsync("yukuhashi", "jumin005");
        await using (await app.PolicyAsync("yukuhashi", p => (p.StepPointsTable, p.MaxStepsPerDay) = ("5000:3,8000:8", 20_000)))
        {
            var pages = app.Pages();
            await pages.LoginAsync("yukuhashi", "jumin005");
            var tooMany = await pages.SubmitAsync("/yukuhashi/activities/health", new Dictionary<string, string> { ["Input.Date"] = Day(1), ["Input.Steps"] = "25000" });
            Assert.Contains("20,000歩", tooMany.FieldError("Input_Steps"));
            Assert.Equal(HttpStatusCode.Redirect, (await pages.SubmitAsync("/yukuhashi/activities/health", new Dictionary<string, string> { ["Input.Date"] = Day(1), ["Input.Steps"] = "8500" })).Status);
            Assert.Equal(HttpStatusCode.Redirect, (await pages.SubmitAsync("/yukuhashi/activities/health", new Dictionary<string, string> { ["Input.Date"] = Day(2), ["Input.Steps"] = "6000" })).Status);
            await app.DispatchAsync();
        }

        var grants = (await app.GrantsAsync("yukuhashi", resident)).Where(g => g.Status == RewardStatus.Granted).ToList();
        Assert.Equal(8 + 3, grants.Sum(g => g.Points));
        Assert.Contains(grants, g => g.Reason.EndsWith("に8,000歩以上歩きました", StringComparison.Ordinal));

        // The other cities kept their own table: 8,500 steps in okawa earn its 7,000-step tier only.
        var okawa = await app.UserIdAsync("okawa", "jumin005");
        await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<MachiDx.Activities.Health.HealthDesk>()
            .RecordStepsAsync(okawa, [new MachiDx.Activities.Health.StepEntry(app.Clock.Today.AddDays(-1), 8500)], MachiDx.Activities.Health.HealthSource.SelfReport, CancellationToken.None));
        await app.DispatchAsync();
        Assert.Equal(5, (await app.GrantsAsync("okawa", okawa)).Where(g => g.Status == RewardStatus.Granted).Sum(g => g.Points));
    }

    [Fact]
    public async Task The_tier_counts_only_points_inside_the_trailing_window_against_the_citys_thresholds()
    {
        var resident = await app.UserIdAsync("yukuhashi", "jumin002");
        var staff = app.Pages();
        await staff.LoginAsync("yukuhashi", "staff");
        await staff.SubmitAsync("/yukuhashi/staff/activities/health", new Dictionary<string, string>
        {
            ["Input.Email"] = "jumin002@yukuhashi.example.jp", ["Input.Kind"] = nameof(HealthActivityKind.Checkup), ["Input.Title"] = "特定健診", ["Input.Date"] = Day(1),
        });
        await app.DispatchAsync();
        var pages = app.Pages();
        await pages.LoginAsync("yukuhashi", "jumin002");
        Assert.Contains("地域活動による上乗せ：+2%", (await pages.GetAsync("/yukuhashi/wallet/charge")).Text);

        // The treasurer's thresholds decide the tier: with 100:3,400:7, the same 500 pt reach the top tier.
        var before = await WalletTiersAsync("100:3,400:7", windowDays: 90);
        try
        {
            var charge = await pages.GetAsync("/yukuhashi/wallet/charge");
            Assert.Contains("地域活動による上乗せ：+7%", charge.Text);
            Assert.Contains("過去90日間", charge.Text);
            Assert.Contains("400pt以上で+7%", charge.Text);

            // The same points granted 91 days ago are outside the window: no extra premium.
            await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ActivitiesDbContext>().Grants.Where(g => g.ResidentId == resident)
                .ExecuteUpdateAsync(u => u.SetProperty(g => g.CreatedAtUtc, app.Clock.UtcNow.AddDays(-91))));
            charge = await pages.GetAsync("/yukuhashi/wallet/charge");
            Assert.Contains("地域活動による上乗せ：+0%", charge.Text);
            Assert.Contains("受け取ったポイント：0pt", charge.Text);
        }
        finally
        {
            await WalletTiersAsync(before.Rates, before.Window);
        }
    }

    // Sets yukuhashi's tier thresholds and window in the wallet's settings; returns the previous ones.
    private Task<(string Rates, int Window)> WalletTiersAsync(string rates, int windowDays) =>
        app.WithScopeAsync("yukuhashi", async sp =>
        {
            var city = sp.GetRequiredService<MachiDx.Platform.Tenancy.TenantContext>().Required;
            var directory = sp.GetRequiredService<MachiDx.Wallet.Accounts.WalletDirectory>();
            await directory.SettingsAsync(city, CancellationToken.None);
            var db = sp.GetRequiredService<MachiDx.Wallet.Data.WalletDbContext>();
            var settings = await db.Settings.SingleAsync();
            var before = (settings.TierRates, settings.TierWindowDays);
            (settings.TierRates, settings.TierWindowDays) = (rates, windowDays);
            await db.SaveChangesAsync();
            directory.InvalidateSettings(city.Id);
            return before;
        });

    [Fact]
    public async Task Dx_staff_set_the_step_table_with_checks()
    {
        var dx = app.Pages();
        await dx.LoginAsync("okawa", "dx");
        var fields = new Dictionary<string, string>
        {
            ["Input.OnlineApplicationPoints"] = "100", ["Input.OnlineApplicationMode"] = "FirstPerProcedure", ["Input.VolunteerPoints"] = "300",
            ["Input.MonthlyCapPoints"] = "3000", ["Input.FiscalYearBudgetPoints"] = "5000000", ["Input.StepPointsTable"] = "10000:10,7000:5",
            ["Input.MaxStepsPerDay"] = "50000", ["Input.CheckupPoints"] = "500", ["Input.HealthClassPoints"] = "200",
        };
        Assert.Contains("少ない順", (await dx.SubmitAsync("/okawa/staff/activities/policy", fields)).FieldError("Input_StepPointsTable"));
        fields["Input.StepPointsTable"] = "7000:5,60000:10";
        Assert.Contains("いちばん多い歩数以上", (await dx.SubmitAsync("/okawa/staff/activities/policy", fields)).FieldError("Input_MaxStepsPerDay"));
        var policy = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ActivitiesDbContext>().Policies.AsNoTracking().SingleAsync());
        Assert.Equal("7000:5,10000:10", policy.StepPointsTable);
    }
}

public sealed class HealthOnSqlite(SqliteApp app) : HealthScenarios<SqliteApp>(app);

public sealed class HealthOnPostgres(PostgresApp app) : HealthScenarios<PostgresApp>(app);
