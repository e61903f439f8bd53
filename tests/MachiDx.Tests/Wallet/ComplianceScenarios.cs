using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using MachiDx.Ledger;
using MachiDx.Platform.People;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Infrastructure;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Compliance;
using MachiDx.Wallet.Contracts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Wallet;

/// <summary>資金決済法: 基準日 snapshots, the report draft, the public 表示 page, cash refunds, and who may see what.</summary>
public abstract class ComplianceScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string CompliancePath = "/okawa/staff/wallet/compliance";
    private const string RefundsPath = "/okawa/staff/wallet/refunds";
    private static int labelSeed;

    [Fact]
    public async Task A_snapshot_counts_purchased_value_charged_before_its_instant_and_not_value_charged_after()
    {
        var resident = await FreshResidentAsync("okawa");
        var before = await SnapshotNowAsync("okawa");

        await app.ChargeAtCounterAsync("okawa", resident, 7_000);
        var after = await SnapshotNowAsync("okawa");
        Assert.Equal(7_000, after.PurchasedUnusedYen - before.PurchasedUnusedYen);

        await app.ChargeAtCounterAsync("okawa", resident, 3_000);
        // The stored snapshot's instant was before the second charge: measured again, it still excludes it.
        var again = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<SnapshotDesk>()
            .MeasureAsync(sp.GetRequiredService<TenantContext>().Required.Id, InstantOf(after), CancellationToken.None));
        Assert.Equal(after.PurchasedUnusedYen, again.PurchasedYen);
        Assert.Equal(after.PremiumUnusedYen, again.PremiumYen);
        var later = await SnapshotNowAsync("okawa");
        Assert.Equal(3_000, later.PurchasedUnusedYen - after.PurchasedUnusedYen);
        Assert.True(later.IsIntact);
    }

    [Fact]
    public async Task Premium_and_points_are_reported_apart_from_purchased_value()
    {
        var resident = await FreshResidentAsync("okawa");
        var before = await SnapshotNowAsync("okawa");
        await GrantPointsAsync("okawa", resident, 300);
        var premium = await app.ChargeAtCounterAsync("okawa", resident, 5_000);
        Assert.True(premium > 0, "the demo campaign should add premium");

        var after = await SnapshotNowAsync("okawa");
        Assert.Equal(5_000, after.PurchasedUnusedYen - before.PurchasedUnusedYen);
        Assert.Equal(premium, after.PremiumUnusedYen - before.PremiumUnusedYen);
        Assert.Equal(300, after.PointsUnusedYen - before.PointsUnusedYen);
        Assert.Equal(after.PurchasedUnusedYen + after.PremiumUnusedYen, after.PurchasedAndPremiumYen);
    }

    [Fact]
    public async Task Taking_a_base_date_twice_returns_the_same_snapshot_and_audits_only_the_first()
    {
        var baseDate = new DateOnly(2025, 3, 31);
        var first = await TakeAsync("okawa", baseDate);
        var second = await TakeAsync("okawa", baseDate);
        Assert.True(first.Succeeded && second.Succeeded, first.Error ?? second.Error);
        Assert.False(second.Created);
        Assert.Equal(first.Snapshot!.Id, second.Snapshot!.Id);
        Assert.Equal(first.Snapshot.ContentHash, second.Snapshot.ContentHash);
        Assert.Equal(BaseDates.ToLedgerTimestamp(new DateTime(2025, 3, 31, 15, 0, 0, DateTimeKind.Utc)), second.Snapshot.AsOfLedgerTimestamp);
        Assert.Equal(1, await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().AuditEntries
            .CountAsync(a => a.Action == "wallet.compliance.snapshot" && a.TargetId == "2025-03-31")));
    }

    [Fact]
    public async Task The_scheduled_job_takes_the_latest_passed_base_date_for_every_city_once()
    {
        var job = app.Services.GetRequiredService<BaseDateSnapshotJob>();
        await job.RunOnceAsync(CancellationToken.None);
        var baseDate = BaseDates.LatestPassed(app.Clock.UtcNow);
        foreach (var city in new[] { "okawa", "yukuhashi", "miyama" })
        {
            var snapshot = await app.WithScopeAsync(city, sp => sp.GetRequiredService<SnapshotDesk>().FindAsync(baseDate, CancellationToken.None));
            Assert.NotNull(snapshot);
            Assert.Equal("system", snapshot.TakenBy);
            Assert.True(snapshot.IsIntact);
        }

        Assert.Equal(0, await job.RunOnceAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("2025-06-30")]
    [InlineData("2025-12-31")]
    public async Task The_public_path_refuses_a_date_that_is_not_a_base_date(string date)
    {
        var outcome = await TakeAsync("okawa", DateOnly.Parse(date, CultureInfo.InvariantCulture));
        Assert.False(outcome.Succeeded);
        Assert.Contains("3月31日または9月30日", outcome.Error);
    }

    [Fact]
    public async Task The_public_path_refuses_a_base_date_that_has_not_ended()
    {
        var next = BaseDates.Next(app.Clock.Today);
        var outcome = await TakeAsync("okawa", next);
        Assert.False(outcome.Succeeded);
        Assert.Contains("まだ終わっていません", outcome.Error);
        Assert.Null(await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<SnapshotDesk>().FindAsync(next, CancellationToken.None)));
    }

    [Fact]
    public async Task A_snapshot_changed_in_the_database_is_shown_as_tampered()
    {
        var snapshot = await SnapshotNowAsync("okawa");
        await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().Snapshots.Where(s => s.Id == snapshot.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.PurchasedUnusedYen, snapshot.PurchasedUnusedYen + 1)));
        var stored = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<SnapshotDesk>().FindAsync(snapshot.BaseDate, CancellationToken.None));
        Assert.False(stored!.IsIntact);
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "treasurer");
        var page = await pages.GetAsync(CompliancePath);
        Assert.Contains("ハッシュ不一致", page.Text);
    }

    [Fact]
    public async Task The_report_draft_is_a_utf8_csv_with_a_bom_japanese_headers_and_the_snapshots_figures()
    {
        await app.ChargeAtCounterAsync("okawa", await FreshResidentAsync("okawa"), 2_000);
        var snapshot = await SnapshotNowAsync("okawa");
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "treasurer");
        using var response = await pages.Http.GetAsync($"{CompliancePath}/{Iso(snapshot.BaseDate)}/report.csv");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        Assert.Equal("基準日,発行者,発行形態,基準日未使用残高（購入分）,プレミアム残高,ポイント残高（前払式支払手段に該当しない）,要供託額,報告期限,作成日時", lines[0]);
        var row = lines[1].Split(',');
        Assert.Equal(9, row.Length);
        Assert.Equal(Iso(snapshot.BaseDate), row[0]);
        Assert.Equal("大川市", row[1]);
        Assert.Equal(WalletSettings.IssuerModeLabel(IssuerMode.CityIssued), row[2]);
        Assert.Equal(snapshot.PurchasedUnusedYen.ToString(CultureInfo.InvariantCulture), row[3]);
        Assert.Equal(snapshot.PremiumUnusedYen.ToString(CultureInfo.InvariantCulture), row[4]);
        Assert.Equal(snapshot.PointsUnusedYen.ToString(CultureInfo.InvariantCulture), row[5]);
        Assert.Equal(DepositRule.RequiredYen(snapshot.PurchasedUnusedYen).ToString(CultureInfo.InvariantCulture), row[6]);
        Assert.Equal(Iso(BaseDates.ReportDue(snapshot.BaseDate)), row[7]);
        Assert.Equal(MachiDx.Platform.JapanTime.ToJst(snapshot.TakenAtUtc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), row[8]);
        Assert.Contains(lines, l => l.StartsWith("注記,", StringComparison.Ordinal) && l.Contains("未確認", StringComparison.Ordinal));
        Assert.Contains($"SHA-256,{snapshot.ContentHash}", lines);
    }

    [Fact]
    public async Task The_compliance_page_shows_the_exemption_the_figures_and_takes_a_past_base_date_by_hand()
    {
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "treasurer");
        var page = await pages.GetAsync(CompliancePath);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("第4条第3号", page.Text);
        Assert.Contains("未確認", page.Text);
        Assert.Contains("資金決済法の報告", page.Html);

        var wrongDay = await pages.SubmitAsync(CompliancePath, new Dictionary<string, string> { ["Input.BaseDate"] = "2024-06-30" });
        Assert.Equal(HttpStatusCode.OK, wrongDay.Status);
        Assert.Equal("基準日は3月31日または9月30日です。", wrongDay.FieldError("Input_BaseDate"));
        var garbage = await pages.SubmitAsync(CompliancePath, new Dictionary<string, string> { ["Input.BaseDate"] = "9月30日ごろ" });
        Assert.Contains("形式", garbage.FieldError("Input_BaseDate"));
        var future = await pages.SubmitAsync(CompliancePath, new Dictionary<string, string> { ["Input.BaseDate"] = Iso(BaseDates.Next(app.Clock.Today)) });
        Assert.Contains("まだ終わっていません", future.FieldError("Input_BaseDate"));

        var taken = await pages.SubmitAsync(CompliancePath, new Dictionary<string, string> { ["Input.BaseDate"] = "2024-09-30" });
        Assert.Equal(HttpStatusCode.Redirect, taken.Status);
        var after = await pages.GetAsync(taken.Location!);
        Assert.Contains("2024年9月30日", after.Text);
        Assert.Contains($"{CompliancePath}/2024-09-30/report.csv", after.Html);
        Assert.Contains("2024年11月30日", after.Text);
    }

    [Fact]
    public async Task The_legal_page_shows_the_citys_settings_to_anyone()
    {
        var settings = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDirectory>().SettingsAsync(sp.GetRequiredService<TenantContext>().Required, CancellationToken.None));
        var page = await app.Pages().GetAsync("/okawa/wallet/legal");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var text = page.Text;
        Assert.Contains("資金決済法に基づく表示", text);
        Assert.Contains(settings.IssuerName, text);
        Assert.Contains(settings.CurrencyName, text);
        Assert.Contains(settings.ConsultationDesk, text);
        foreach (var yen in new[] { settings.MinChargeYen, settings.MaxChargeYen, settings.MonthlyChargeLimitYen, settings.BalanceCapYen })
        {
            Assert.Contains(yen.ToString("N0", CultureInfo.InvariantCulture) + "円", text);
        }

        Assert.Contains($"{settings.PurchasedValidityDays}日後", text);
        Assert.Contains($"{settings.PremiumValidityDays}日後", text);
        Assert.Contains("第4条第3号", text);
        Assert.Contains("任意", text);
        Assert.Contains("つり銭", text);
        Assert.Contains("残高の確認方法", text);
        Assert.Contains("利用規約", text);
        Assert.Contains("未確認", text);
        Assert.Contains("/okawa/wallet/legal/merchants", page.Html);

        var merchants = await app.Pages().GetAsync("/okawa/wallet/legal/merchants");
        Assert.Equal(HttpStatusCode.OK, merchants.Status);
        Assert.Contains("大川商店（デモ加盟店）", merchants.Text);
        Assert.Contains("福岡県大川市中央1-1", merchants.Text);
        Assert.DoesNotContain("1234567", merchants.Text);
    }

    [Fact]
    public async Task Cash_refunds_are_off_by_default()
    {
        var resident = await FreshResidentAsync("miyama");
        await app.ChargeAtCounterAsync("miyama", resident, 1_000);
        var pages = app.Pages();
        await pages.LoginAsync("miyama", "treasurer");
        var page = await pages.GetAsync("/miyama/staff/wallet/refunds");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("停止しています（既定）", page.Text);
        var outcome = await app.WithScopeAsync("miyama", async sp => await sp.GetRequiredService<CashRefundDesk>().RefundAsync(
            (await sp.GetRequiredService<PeopleDirectory>().ResidentAsync(resident, CancellationToken.None))!, "MovedAway", Guid.NewGuid().ToString("N"), CancellationToken.None));
        Assert.False(outcome.Succeeded);
        Assert.Equal(1_000, (await app.WalletAsync("miyama", resident)).InBucket(Bucket.Purchased));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Other")]
    [InlineData("1")]
    [InlineData("MovedAway,ProgrammeEnded")]
    public async Task A_refund_without_an_allowed_reason_is_refused_with_a_field_error_and_moves_nothing(string reason)
    {
        var (resident, email) = await FreshResidentWithEmailAsync("okawa");
        await app.ChargeAtCounterAsync("okawa", resident, 4_000);
        var before = await app.WalletAsync("okawa", resident);
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "treasurer");
        await EnableRefundsAsync(pages);

        var found = await pages.SubmitAsync(RefundsPath, new Dictionary<string, string> { ["Input.Email"] = email }, RefundsPath + "?handler=Find");
        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.True(found.Text.Contains("4,000円", StringComparison.Ordinal), found.Text[found.Text.IndexOf("住民を探す", StringComparison.Ordinal)..]);

        var refused = await PostRefundAsync(pages, email, reason);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("転居（市外への転出）", refused.FieldError("Input_Reason"));
        Assert.Equal(before.Total, (await app.WalletAsync("okawa", resident)).Total);
        Assert.Equal(4_000, (await app.WalletAsync("okawa", resident)).InBucket(Bucket.Purchased));
        Assert.False(await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().CashRefunds.AnyAsync(r => r.ResidentId == resident)));
    }

    [Fact]
    public async Task A_refund_for_moving_away_pays_back_exactly_the_purchased_balance_and_leaves_premium_and_points()
    {
        var (resident, email) = await FreshResidentWithEmailAsync("okawa");
        await GrantPointsAsync("okawa", resident, 200);
        await app.ChargeAtCounterAsync("okawa", resident, 6_000);
        await app.ChargeAtCounterAsync("okawa", resident, 1_500);
        var before = await app.WalletAsync("okawa", resident);
        Assert.Equal(7_500, before.InBucket(Bucket.Purchased));
        var sinkBefore = await CashRefundBalanceAsync("okawa");
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "treasurer");
        await EnableRefundsAsync(pages);

        var done = await PostRefundAsync(pages, email, nameof(CashRefundReason.MovedAway));
        Assert.True(done.Status == HttpStatusCode.Redirect, done.Html);
        var confirmation = await pages.GetAsync(done.Location!);
        Assert.Contains("7,500円 の払戻しを記録しました", confirmation.Text);

        var after = await app.WalletAsync("okawa", resident);
        Assert.Equal(0, after.InBucket(Bucket.Purchased));
        Assert.Equal(before.InBucket(Bucket.Premium), after.InBucket(Bucket.Premium));
        Assert.Equal(before.InBucket(Bucket.Points), after.InBucket(Bucket.Points));
        Assert.Equal(200, after.InBucket(Bucket.Points));
        Assert.Equal(sinkBefore + 7_500, await CashRefundBalanceAsync("okawa"));

        var record = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().CashRefunds.SingleAsync(r => r.ResidentId == resident));
        Assert.Equal(CashRefundStatus.Completed, record.Status);
        Assert.Equal(CashRefundReason.MovedAway, record.Reason);
        Assert.Equal(7_500, record.AmountYen);
        Assert.False(string.IsNullOrWhiteSpace(record.StaffName));
        Assert.NotEqual("system", record.StaffName);
        Assert.Equal(2, record.Legs.Split(';').Length);
        Assert.True(await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().AuditEntries
            .AnyAsync(a => a.Action == "wallet.cash-refund" && a.TargetId == record.Id.ToString("N"))));
        var legs = await app.WithScopeAsync("okawa", async sp => await sp.GetRequiredService<ILedger>().LookupTransfersAsync(
            WalletLedgerIds.Ledger(sp.GetRequiredService<TenantContext>().Required.Id),
            new[] { WalletLedgerIds.Leg(LedgerIds.FromGuid(record.Id), 0), WalletLedgerIds.Leg(LedgerIds.FromGuid(record.Id), 1) }));
        Assert.All(legs, l => Assert.Equal((ushort)TransferKind.CashRefund, l!.Value.Code));

        // The same submission again (a double click) records nothing more.
        var replay = await PostRefundAsync(pages, email, nameof(CashRefundReason.MovedAway));
        Assert.NotEqual(HttpStatusCode.InternalServerError, replay.Status);
        Assert.Equal(sinkBefore + 7_500, await CashRefundBalanceAsync("okawa"));
        var page = await pages.GetAsync(RefundsPath);
        Assert.Contains("今期の払戻し総額", page.Text);
        Assert.Contains("要法務確認", page.Text);
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Theory]
    [InlineData("resident")]
    [InlineData("staff")]
    [InlineData("merchant")]
    public async Task Residents_merchants_and_plain_staff_get_403_on_the_staff_pages(string who)
    {
        var snapshot = await SnapshotNowAsync("okawa");
        var pages = app.Pages();
        await pages.LoginAsync("okawa", who);
        Assert.Equal(HttpStatusCode.Forbidden, (await pages.GetAsync(CompliancePath)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await pages.GetAsync(RefundsPath)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await pages.GetAsync($"{CompliancePath}/{Iso(snapshot.BaseDate)}/report.csv")).Status);
    }

    [Fact]
    public async Task The_tenant_admin_may_open_the_compliance_page_and_anonymous_visitors_are_sent_to_log_in()
    {
        var admin = app.Pages();
        await admin.LoginAsync("okawa", "admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(CompliancePath)).Status);
        var anonymous = await app.Pages().GetAsync(CompliancePath);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        Assert.StartsWith("/okawa/login", anonymous.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Okawas_treasurer_cannot_see_yukuhashis_compliance_data()
    {
        var theirs = await SnapshotNowAsync("yukuhashi");
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "treasurer");

        var page = await pages.GetAsync("/yukuhashi/staff/wallet/compliance");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/yukuhashi/login", page.Location, StringComparison.Ordinal);
        var csv = await pages.GetAsync($"/yukuhashi/staff/wallet/compliance/{Iso(theirs.BaseDate)}/report.csv");
        Assert.Equal(HttpStatusCode.Redirect, csv.Status);
        var refunds = await pages.GetAsync("/yukuhashi/staff/wallet/refunds");
        Assert.Equal(HttpStatusCode.Redirect, refunds.Status);

        // Through their own city's URLs, the other city's snapshot does not exist.
        var own = await pages.GetAsync(CompliancePath);
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.DoesNotContain(Iso(theirs.BaseDate), own.Html);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"{CompliancePath}/{Iso(theirs.BaseDate)}/report.csv")).Status);
    }

    private async Task<UnusedBalanceSnapshot> SnapshotNowAsync(string city)
    {
        // A label no real base date uses, unique per call; the instant is now.
        var label = new DateOnly(1990, 1, 1).AddDays(Interlocked.Increment(ref labelSeed));
        app.Clock.Advance(TimeSpan.FromMilliseconds(20)); // strictly after the ledger's last transfer
        var asOf = app.Clock.UtcNow;
        var outcome = await app.WithScopeAsync(city, sp => sp.GetRequiredService<SnapshotDesk>().TakeAsync(label, asOf, CancellationToken.None));
        Assert.True(outcome.Created, outcome.Error);
        return outcome.Snapshot!;
    }

    private Task<SnapshotOutcome> TakeAsync(string city, DateOnly baseDate) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<SnapshotDesk>().TakeAsync(baseDate, CancellationToken.None));

    private static DateTime InstantOf(UnusedBalanceSnapshot snapshot) =>
        DateTime.UnixEpoch.AddTicks(snapshot.AsOfLedgerTimestamp / 100);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Guid> FreshResidentAsync(string city) => (await FreshResidentWithEmailAsync(city)).Id;

    private async Task<(Guid Id, string Email)> FreshResidentWithEmailAsync(string city)
    {
        var email = Residents.UniqueEmail("compliance");
        using var created = await app.Api().Http.PostAsJsonAsync($"/api/v1/{city}/auth/register", Residents.RegistrationBody(email));
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var id = await app.WithScopeAsync(city, async sp => (await sp.GetRequiredService<PeopleDirectory>().ResidentByEmailAsync(email, CancellationToken.None))!.UserId);
        return (id, email);
    }

    private Task GrantPointsAsync(string city, Guid resident, long points) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<IWalletRewards>().GrantPointsAsync(resident, points, "compliance-test/" + Guid.NewGuid().ToString("N"), "テストのポイント", CancellationToken.None));

    private Task<long> CashRefundBalanceAsync(string city) =>
        app.WithScopeAsync(city, async sp =>
        {
            var id = sp.GetRequiredService<TenantContext>().Required.Id;
            var balances = await sp.GetRequiredService<ILedger>().GetBalancesAsync(WalletLedgerIds.Ledger(id), new[] { WalletLedgerIds.SystemAccount(id, AccountKind.CashRefund) });
            return balances[0]!.Value.Balance.CreditBalance;
        });

    private static async Task EnableRefundsAsync(PageClient pages)
    {
        var switched = await pages.SubmitAsync(RefundsPath, new Dictionary<string, string> { ["enable"] = "true" }, RefundsPath + "?handler=Switch");
        Assert.Equal(HttpStatusCode.Redirect, switched.Status);
    }

    private static async Task<Page> PostRefundAsync(PageClient pages, string email, string reason)
    {
        var form = await pages.GetAsync(RefundsPath);
        return await pages.PostAsync(RefundsPath + "?handler=Refund", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.AntiforgeryToken(),
            ["Input.Email"] = email,
            ["Input.Reason"] = reason,
            // Stable per resident, so that sending it again is the same submission.
            ["RequestKey"] = email.Split('@')[0][^32..],
        });
    }
}

public sealed class ComplianceOnSqlite(SqliteApp app) : ComplianceScenarios<SqliteApp>(app);

public sealed class ComplianceOnPostgres(PostgresApp app) : ComplianceScenarios<PostgresApp>(app);
