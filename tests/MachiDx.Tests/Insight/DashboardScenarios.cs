using System.Globalization;
using System.Net;
using MachiDx.Activities.Rewards;
using MachiDx.Insight;
using MachiDx.Insight.Dashboard;
using MachiDx.Insight.Data;
using MachiDx.Insight.DigiLab.Request;
using MachiDx.Insight.Workload;
using MachiDx.Platform.Files;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Contracts;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Wallet;
using MachiDx.Wallet.Contracts;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Pay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Insight;

/// <summary>
/// The DX dashboard through HTTP: its figures (page and CSV) move by exactly the records a scenario builds — counter
/// cases, a charge and a payment, a reward, DigiLab volumes, attendance — one city's records never reach another
/// city's dashboard, only DX推進 and the tenant administrator see it, the public summary is aggregates only, and the
/// platform administrator's cross-city view shows each city's own figures.
/// Demo data exists, so money and counts are compared as before/after deltas.
/// </summary>
public abstract class DashboardScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private int ThisYear => FiscalYears.Current(app.Clock);

    private string ThisMonth => DxFigures.M(app.Clock.Today);

    [Fact]
    public async Task Dashboard_and_csv_figures_equal_the_records_built_for_them()
    {
        var dx = await LoginAsync("okawa", "dx");
        var before = await CsvAsync(dx, "okawa");

        // Procedures: three counter cases.
        var staff = await LoginAsync("okawa", "staff");
        var recorded = await staff.SubmitAsync("/okawa/staff/procedures/kpi/cases", new Dictionary<string, string>
        {
            ["Input.ProcedureCode"] = "inkan-toroku", ["Input.Channel"] = "counter", ["Input.Date"] = app.Clock.Day(0),
            ["Input.Count"] = "3", ["Input.Note"] = "",
        });
        Assert.True(recorded.Status == HttpStatusCode.Redirect, recorded.Text);

        // Wallet: a new resident charges ¥3,000 and pays ¥1,200 at a local shop.
        var resident = Guid.NewGuid();
        var premium = await app.ChargeAtCounterAsync("okawa", resident, 3_000);
        await PayAsync("okawa", resident, 1_200);

        // Activities: 50 health points for the same resident (a reward lot in the wallet too).
        var grant = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<RewardIssuer>()
            .IssueAsync(new RewardRequest(resident, RewardKind.Health, $"dashboard-test/{resident:N}", "テスト", 50), CancellationToken.None));
        Assert.Equal(RewardStatus.Granted, grant.Status);

        // DigiLab: a live RPA request, 60 cases this month, 30 → 10 minutes = 20 hours.
        await LiveRequestAsync("okawa", ServiceType.Rpa, 30, 10, 60);

        var after = await CsvAsync(dx, "okawa");
        Assert.Equal(3, Delta(before, after, DxFigures.SectionOnline, "（inkan-toroku） 全件数", $"{ThisYear}年度"));
        Assert.Equal(0, Delta(before, after, DxFigures.SectionOnline, "（inkan-toroku） オンライン件数", $"{ThisYear}年度"));
        var online = Value(after, DxFigures.SectionOnline, "（inkan-toroku） オンライン件数", $"{ThisYear}年度");
        var total = Value(after, DxFigures.SectionOnline, "（inkan-toroku） 全件数", $"{ThisYear}年度");
        Assert.Equal(ProcedureUsageRow.Rate((int)online, (int)total), Value(after, DxFigures.SectionOnline, "（inkan-toroku） オンライン利用率（%）", $"{ThisYear}年度"));

        Assert.Equal(3_000, Delta(before, after, DxFigures.SectionCurrency, "チャージ額（円）", ThisMonth));
        Assert.Equal(premium, Delta(before, after, DxFigures.SectionCurrency, "プレミアム付与額（円）", ThisMonth));
        Assert.Equal(1_200, Delta(before, after, DxFigures.SectionCurrency, "地域での利用額（円）", ThisMonth));
        Assert.Equal(1, Delta(before, after, DxFigures.SectionCurrency, "利用のあったウォレット数", ThisMonth));
        Assert.Equal(50, Delta(before, after, DxFigures.SectionCurrency, "ポイント付与額（円）", ThisMonth));
        Assert.Equal(CurrencyMonth.CostPerYen((long)Value(after, DxFigures.SectionCurrency, "プレミアム付与額（円）", ThisMonth), (long)Value(after, DxFigures.SectionCurrency, "地域での利用額（円）", ThisMonth)),
            Value(after, DxFigures.SectionCurrency, "利用額1円あたりのプレミアム負担（円）", ThisMonth));

        Assert.Equal(50, Delta(before, after, DxFigures.SectionActivities, "健康づくりポイント", ThisMonth));
        Assert.Equal(0, Delta(before, after, DxFigures.SectionActivities, "ボランティアポイント", ThisMonth));
        Assert.Equal(1, Delta(before, after, DxFigures.SectionActivities, "ポイントを受け取った住民（人）", ThisMonth));
        Assert.Equal(1, Delta(before, after, DxFigures.SectionActivities, "ポイントを受け取った住民（実人数・人）", $"{ThisYear}年度"));

        Assert.Equal(20, Delta(before, after, DxFigures.SectionSavings, "RPA 削減時間（時間）", ThisMonth), 6);
        Assert.Equal(20, Delta(before, after, DxFigures.SectionSavings, "RPA 累計削減時間（時間）", ThisMonth), 6);

        // The page shows the same totals, each chart an image with a table after it.
        var page = await dx.GetAsync("/okawa/staff/dx-dashboard");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var charged = after.Where(r => r.Section == DxFigures.SectionCurrency && r.Item == "チャージ額（円）").Sum(r => decimal.Parse(r.Value, CultureInfo.InvariantCulture));
        Assert.Contains("チャージ " + charged.ToString("#,0", CultureInfo.InvariantCulture) + "円", page.Text, StringComparison.Ordinal);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(page.Html, "<svg class=\"chart\"[^>]*role=\"img\" aria-label=\"").Count);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(page.Html, "</svg>\\s*<div class=\"table-wrap\" tabindex=\"0\">").Count);
    }

    [Fact]
    public async Task Overtime_and_leave_on_the_dashboard_equal_the_attendance_rows_against_the_national_figures()
    {
        var year = ThisYear + 1; // no demo attendance in next fiscal year
        await app.WithScopeAsync("yukuhashi", async sp =>
        {
            var db = sp.GetRequiredService<InsightDbContext>();
            var april = FiscalYears.FirstMonth(year);
            db.Attendance.AddRange(
                Attendance("D-1", april, year, 20, 1), Attendance("D-1", april.AddMonths(1), year, 40, 0),
                Attendance("D-2", april, year, 5, 2));
            return await db.SaveChangesAsync();
        });

        var csv = await CsvAsync(await LoginAsync("yukuhashi", "dx"), "yukuhashi", year);
        Assert.Equal(65 / (3 / 12.0), Value(csv, DxFigures.SectionWorkload, "1人あたり残業時間（年換算・時間）", $"{year}年度"), 3);
        Assert.Equal(3 / (3 / 12.0), Value(csv, DxFigures.SectionWorkload, "1人あたり年休取得日数（年換算・日）", $"{year}年度"), 3);
        Assert.Equal(2, Value(csv, DxFigures.SectionWorkload, "対象職員（人）", $"{year}年度"));
        // National figures as the seed cites them, labelled with what they measure: overtime of local government staff
        // (総務省), paid leave of private-sector workers (厚生労働省「就労条件総合調査」, survey year).
        Assert.Equal(119.3, Value(csv, DxFigures.SectionWorkload, "全国の地方公共団体 1人あたり残業時間（時間）", "2020年"));
        Assert.Equal(10.1, Value(csv, DxFigures.SectionWorkload, "全国の民間企業 1人あたり年休取得日数（日）", "2021年調査"));
        var page = Squash((await (await LoginAsync("yukuhashi", "dx")).GetAsync($"/yukuhashi/staff/dx-dashboard?fy={year}")).Text);
        Assert.Contains("残業時間（時間） 260.0 119.3 全国の地方公共団体（2020年）", page, StringComparison.Ordinal);
        Assert.Contains("年休取得日数（日） 12.0 10.1 全国の民間企業（2021年調査）", page, StringComparison.Ordinal);
        Assert.Contains("厚生労働省「就労条件総合調査」令和3年調査（民間企業の労働者1人平均", page, StringComparison.Ordinal);
        Assert.Contains("総務省「地方公共団体の勤務条件等に関する調査結果」令和2年", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_citys_dashboard_and_csv_never_include_another_citys_records()
    {
        var okawaDx = await LoginAsync("okawa", "dx");
        var miyamaDx = await LoginAsync("miyama", "dx");
        var okawaBefore = await CsvAsync(okawaDx, "okawa");
        var miyamaBefore = await CsvAsync(miyamaDx, "miyama");
        var okawaPublicBefore = await PublicCsvAsync("okawa");

        // Every kind of record the dashboard reads, built in Miyama: counter cases, a charge and a payment, a reward,
        // DigiLab volumes and an attendance month.
        var miyamaStaff = await LoginAsync("miyama", "staff");
        var recorded = await miyamaStaff.SubmitAsync("/miyama/staff/procedures/kpi/cases", new Dictionary<string, string>
        {
            ["Input.ProcedureCode"] = "inkan-toroku", ["Input.Channel"] = "counter", ["Input.Date"] = app.Clock.Day(0),
            ["Input.Count"] = "4", ["Input.Note"] = "",
        });
        Assert.True(recorded.Status == HttpStatusCode.Redirect, recorded.Text);
        var resident = Guid.NewGuid();
        await app.ChargeAtCounterAsync("miyama", resident, 7_777);
        await PayAsync("miyama", resident, 777);
        var grant = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<RewardIssuer>()
            .IssueAsync(new RewardRequest(resident, RewardKind.Volunteer, $"dashboard-isolation/{resident:N}", "テスト", 30), CancellationToken.None));
        Assert.Equal(RewardStatus.Granted, grant.Status);
        await LiveRequestAsync("miyama", ServiceType.AiOcr, 50, 5, 40); // 30 hours
        await app.WithScopeAsync("miyama", async sp =>
        {
            var db = sp.GetRequiredService<InsightDbContext>();
            var today = app.Clock.Today;
            db.Attendance.Add(Attendance("ISO-" + resident.ToString("N")[..8], new DateOnly(today.Year, today.Month, 1), ThisYear, 44, 1));
            return await db.SaveChangesAsync();
        });

        var okawaAfter = await CsvAsync(okawaDx, "okawa");
        var miyamaAfter = await CsvAsync(miyamaDx, "miyama");
        Assert.Equal(4, Delta(miyamaBefore, miyamaAfter, DxFigures.SectionOnline, "（inkan-toroku） 全件数", $"{ThisYear}年度"));
        Assert.Equal(7_777, Delta(miyamaBefore, miyamaAfter, DxFigures.SectionCurrency, "チャージ額（円）", ThisMonth));
        Assert.Equal(777, Delta(miyamaBefore, miyamaAfter, DxFigures.SectionCurrency, "地域での利用額（円）", ThisMonth));
        Assert.Equal(30, Delta(miyamaBefore, miyamaAfter, DxFigures.SectionActivities, "ボランティアポイント", ThisMonth));
        Assert.Equal(30, Delta(miyamaBefore, miyamaAfter, DxFigures.SectionSavings, "AI-OCR 削減時間（時間）", ThisMonth), 6);
        Assert.Equal(1, Delta(miyamaBefore, miyamaAfter, DxFigures.SectionWorkload, "対象職員（人）", $"{ThisYear}年度"));
        Assert.Equal(okawaBefore, okawaAfter);
        Assert.Equal(okawaPublicBefore, await PublicCsvAsync("okawa"));

        // Another city's dashboard is out of reach for this city's DX staff.
        var cross = await okawaDx.GetAsync("/miyama/staff/dx-dashboard?handler=Csv");
        Assert.NotEqual(HttpStatusCode.OK, cross.Status);
    }

    [Fact]
    public async Task Only_dx_staff_and_the_tenant_administrator_see_the_dashboard()
    {
        var anonymous = await app.Pages().GetAsync("/okawa/staff/dx-dashboard");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        foreach (var local in new[] { "resident", "staff", "hr", "treasurer" })
        {
            var client = await LoginAsync("okawa", local);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/okawa/staff/dx-dashboard")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/okawa/staff/dx-dashboard?handler=Csv")).Status);
        }

        foreach (var local in new[] { "dx", "admin" })
        {
            var client = await LoginAsync("okawa", local);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/okawa/staff/dx-dashboard")).Status);
        }

        var resident = await LoginAsync("okawa", "resident");
        Assert.NotEqual(HttpStatusCode.OK, (await resident.GetAsync("/admin/dx-dashboard")).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await (await LoginAsync("okawa", "admin")).GetAsync("/admin/dx-dashboard")).Status);
    }

    [Fact]
    public async Task The_public_summary_shows_city_aggregates_and_no_personal_data()
    {
        var staffNames = await app.WithScopeAsync("okawa", async sp => (await sp.GetRequiredService<StaffDirectory>().AllAsync(CancellationToken.None)).Select(s => s.FullName).ToList());
        var departments = await app.WithScopeAsync("okawa", async sp => (await sp.GetRequiredService<StaffDirectory>().DepartmentsAsync(CancellationToken.None)).Select(d => d.Name).ToList());
        var page = await app.Pages().GetAsync("/okawa/dx");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var csv = await CsvAsync(await LoginAsync("okawa", "dx"), "okawa");
        var charged = csv.Where(r => r.Section == DxFigures.SectionCurrency && r.Item == "チャージ額（円）").Sum(r => decimal.Parse(r.Value, CultureInfo.InvariantCulture));
        Assert.Contains("地域通貨のチャージ額 " + charged.ToString("#,0", CultureInfo.InvariantCulture) + "円", Squash(page.Text), StringComparison.Ordinal);
        Assert.Contains("全国", page.Text);
        Assert.NotEmpty(departments);
        Assert.All(departments, d => Assert.DoesNotContain(d, page.Text, StringComparison.Ordinal));
        Assert.All(staffNames.Where(n => n.Length > 1), n => Assert.DoesNotContain(n, page.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("@okawa.example.jp", page.Html, StringComparison.Ordinal);
        Assert.Contains("/okawa/dx", (await app.Pages().GetAsync("/okawa")).Html);

        // Every section of the dashboard, each chart followed by its table, and the same CSV as DX staff download.
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(page.Html, "<svg class=\"chart\"[^>]*role=\"img\" aria-label=\"").Count);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(page.Html, "</svg>\\s*<div class=\"table-wrap\" tabindex=\"0\">").Count);
        foreach (var text in new[] { "AI議事録 累計", "RPA 累計", "AI-OCR 累計", "利用のあったウォレット", "利用1円あたりのプレミアム負担", "ボランティア参加" })
        {
            Assert.Contains(text, page.Text, StringComparison.Ordinal);
        }

        Assert.Equal(csv, await PublicCsvAsync("okawa"));
    }

    [Fact]
    public async Task The_platform_administrator_sees_each_citys_own_figures_side_by_side()
    {
        var distinct = 40_000 + Random.Shared.Next(1, 9_000);
        await app.ChargeAtCounterAsync("yukuhashi", Guid.NewGuid(), distinct);

        var admin = app.Pages();
        var login = await admin.SubmitAsync("/admin/login", new Dictionary<string, string>
        {
            ["Input.Email"] = MachiDx.Platform.Demo.DemoDataSeeder.PlatformAdminEmail,
            ["Input.Password"] = MachiDx.Platform.Demo.DemoOptions.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.Status);
        var page = await admin.GetAsync("/admin/dx-dashboard");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var shown = new Dictionary<string, decimal>();
        foreach (var city in new[] { "okawa", "yukuhashi", "miyama" })
        {
            var csv = await CsvAsync(await LoginAsync(city, "dx"), city);
            var charged = csv.Where(r => r.Section == DxFigures.SectionCurrency && r.Item == "チャージ額（円）").Sum(r => decimal.Parse(r.Value, CultureInfo.InvariantCulture));
            var row = System.Text.RegularExpressions.Regex.Match(page.Html, $"<tr data-city=\"{city}\">(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.True(row.Success, page.Html);
            Assert.Contains(">" + charged.ToString("#,0", CultureInfo.InvariantCulture) + "<", row.Groups[1].Value, StringComparison.Ordinal);
            shown[city] = charged;
        }

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(page.Html, "<svg class=\"chart\"").Count);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(page.Html, "</svg>\\s*<div class=\"table-wrap\" tabindex=\"0\">").Count);
        using var export = await admin.Http.GetAsync("/admin/dx-dashboard?handler=Csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = CsvText.Read(CsvText.Decode(await export.Content.ReadAsByteArrayAsync()), new List<string>()).Select(l => l.Fields).ToList();
        Assert.Equal(["自治体コード", "自治体", "年度", "項目", "値"], rows[0]);
        foreach (var (city, charged) in shown)
        {
            var row = Assert.Single(rows, r => r[0] == city && r[3] == "チャージ額（円）");
            Assert.Equal(charged, decimal.Parse(row[4], CultureInfo.InvariantCulture));
        }

        Assert.NotEqual(HttpStatusCode.OK, (await (await LoginAsync("okawa", "admin")).GetAsync("/admin/dx-dashboard?handler=Csv")).Status);
        Assert.True(shown["yukuhashi"] >= distinct);
        // Each row is that city's own total, not the deployment's: only Yukuhashi's moved by the distinctive charge.
        Assert.NotEqual(shown["yukuhashi"], shown["okawa"]);
        Assert.NotEqual(shown["yukuhashi"], shown["miyama"]);
    }

    private static AttendanceMonth Attendance(string staff, DateOnly month, int year, double overtime, double leave) => new()
    {
        StaffNumber = staff, DepartmentCode = "kikaku", Month = month, FiscalYear = year, OvertimeHours = overtime, PaidLeaveDays = leave,
    };

    private async Task PayAsync(string city, Guid resident, long amount) =>
        await app.WithScopeAsync(city, async sp =>
        {
            var municipality = sp.GetRequiredService<TenantContext>().Required;
            var shop = await sp.GetRequiredService<MerchantDirectory>().FindAsync(municipality, city[..3].ToUpperInvariant() + "SHOP1", CancellationToken.None);
            var outcome = await sp.GetRequiredService<PaymentDesk>().PayAsync(municipality, resident, shop!, amount, Guid.NewGuid().ToString("N"), CancellationToken.None);
            Assert.Equal(PaymentStatus.Paid, outcome.Status);
            return 0;
        });

    private async Task LiveRequestAsync(string city, ServiceType type, double baseline, double after, int cases) =>
        await app.WithScopeAsync(city, async sp =>
        {
            var db = sp.GetRequiredService<InsightDbContext>();
            var number = (await db.Requests.MaxAsync(r => (int?)r.Number) ?? 0) + 1;
            var today = app.Clock.Today;
            var request = new DigiLabRequest
            {
                Id = Guid.NewGuid(), Number = number, Title = "ダッシュボード試験", DepartmentCode = "kikaku", Type = type, Status = RequestStatus.Live,
                BaselineMinutesPerCase = baseline, AfterMinutesPerCase = after, LiveSince = new DateOnly(today.Year, today.Month, 1),
                CreatedAtUtc = app.Clock.UtcNow, UpdatedAtUtc = app.Clock.UtcNow,
            };
            request.Usage.Add(new UsageMonth { Id = Guid.NewGuid(), RequestId = request.Id, Month = new DateOnly(today.Year, today.Month, 1), Cases = cases });
            db.Requests.Add(request);
            return await db.SaveChangesAsync();
        });

    private async Task<PageClient> LoginAsync(string city, string local)
    {
        var client = app.Pages();
        await client.LoginAsync(city, local);
        return client;
    }

    private async Task<List<DxFigureRow>> CsvAsync(PageClient client, string city, int? year = null)
    {
        using var response = await client.Http.GetAsync($"/{city}/staff/dx-dashboard?handler=Csv&fy={year ?? ThisYear}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = CsvText.Read(CsvText.Decode(bytes), new List<string>()).Select(l => l.Fields).ToList();
        Assert.Equal(["区分", "項目", "期間", "値"], lines[0]);
        return [.. lines.Skip(1).Select(f => new DxFigureRow(f[0], f[1], f[2], f[3]))];
    }

    private async Task<List<DxFigureRow>> PublicCsvAsync(string city)
    {
        using var response = await app.Pages().Http.GetAsync($"/{city}/dx?handler=Csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = CsvText.Read(CsvText.Decode(await response.Content.ReadAsByteArrayAsync()), new List<string>()).Select(l => l.Fields).ToList();
        Assert.Equal(["区分", "項目", "期間", "値"], lines[0]);
        return [.. lines.Skip(1).Select(f => new DxFigureRow(f[0], f[1], f[2], f[3]))];
    }

    private static double Value(List<DxFigureRow> rows, string section, string itemEnd, string period) =>
        rows.Where(r => r.Section == section && r.Item.EndsWith(itemEnd, StringComparison.Ordinal) && r.Period == period && r.Value.Length > 0)
            .Select(r => double.Parse(r.Value, CultureInfo.InvariantCulture)).SingleOrDefault();

    private static double Delta(List<DxFigureRow> before, List<DxFigureRow> after, string section, string itemEnd, string period) =>
        Value(after, section, itemEnd, period) - Value(before, section, itemEnd, period);

    private static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}

public sealed class DashboardOnSqlite(SqliteApp app) : DashboardScenarios<SqliteApp>(app);

public sealed class DashboardOnPostgres(PostgresApp app) : DashboardScenarios<PostgresApp>(app);
