using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MachiDx.Procedures;
using MachiDx.Procedures.Contracts;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Kpi;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Procedures;

/// <summary>
/// オンライン利用率: staff record counter, mail and phone cases (by hand or a monthly CSV, all or nothing), the KPI page
/// divides online (MachiDX applications + other online systems) by all cases per procedure per month, and the CSV,
/// the API and the contract give the same numbers; another city's cases never appear; residents cannot reach it.
/// </summary>
public abstract partial class KpiScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private DateOnly Today => app.Clock.Today;

    private DateOnly ThisMonth => new(Today.Year, Today.Month, 1);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Dictionary<string, string> Case(string code, string channel, int count, DateOnly? date = null, string note = "") => new()
    {
        ["Input.ProcedureCode"] = code, ["Input.Channel"] = channel, ["Input.Date"] = Iso(date ?? Today),
        ["Input.Count"] = count.ToString(CultureInfo.InvariantCulture), ["Input.Note"] = note,
    };

    private async Task<PageClient> StaffAsync(string city)
    {
        var staff = app.Pages();
        await staff.LoginAsync(city, "staff");
        return staff;
    }

    private static async Task RecordAsync(PageClient staff, string city, Dictionary<string, string> fields)
    {
        var result = await staff.SubmitAsync($"/{city}/staff/procedures/kpi/cases", fields);
        Assert.True(result.Status == HttpStatusCode.Redirect, $"recording failed {(int)result.Status}:\n{result.Text}");
    }

    private Task<List<CaseCount>> CasesAsync(string city) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<ProceduresDbContext>().CaseCounts.AsNoTracking().ToListAsync());

    private Task<List<string>> AuditActionsAsync(string city, string targetId) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<ProceduresDbContext>().AuditEntries.Where(e => e.TargetId == targetId).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    private static async Task<PageClient> ApplyForCopiesAsync(PageClient resident, string city)
    {
        var review = await resident.PostMultipartAsync($"/{city}/apply/juminhyo-copy", $"/{city}/apply/juminhyo-copy?handler=Review", new Dictionary<string, string>
        {
            ["fullName"] = "行橋 一郎", ["fullNameKana"] = "ゆくはし いちろう", ["birthDate"] = "1980-01-01", ["postalCode"] = "824-0005",
            ["address"] = "行橋市中央1丁目1番1号", ["phone"] = "0930-25-1111", ["target"] = "household", ["copies"] = "1", ["purpose"] = "car",
        });
        Assert.True(review.Status == HttpStatusCode.Redirect, $"review failed {(int)review.Status}:\n{review.Text}");
        var confirm = await resident.SubmitAsync($"/{city}/apply/juminhyo-copy/confirm", new Dictionary<string, string>());
        Assert.True(confirm.Status == HttpStatusCode.Redirect, $"submit failed {(int)confirm.Status}:\n{confirm.Text}");
        return resident;
    }

    /// <summary>The cells of a KPI table row, normalised to the CSV's form ("1,234" → "1234", "25.0%" → "25.0", "—" → "").</summary>
    private static string[] RowCells(string html, string attribute, string key)
    {
        var row = Regex.Match(html, $"<tr {attribute}=\"{Regex.Escape(key)}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no row {attribute}={key} in:\n{html}");
        return [.. CellPattern().Matches(row.Groups[1].Value).Select(m => WebUtility.HtmlDecode(TagPattern().Replace(m.Groups[1].Value, "")).Trim())
            .Select(c => c.Replace(",", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal).Replace("—", "", StringComparison.Ordinal))];
    }

    [Fact]
    public async Task Staff_record_a_counter_case_and_see_it_listed_and_audited()
    {
        var staff = await StaffAsync("okawa");
        await RecordAsync(staff, "okawa", Case("inkan-toroku", CaseChannel.Counter, 3, note: "午前の窓口"));

        var entry = Assert.Single(await CasesAsync("okawa"), c => c.ProcedureCode == "inkan-toroku" && c.Note == "午前の窓口");
        Assert.Equal((CaseChannel.Counter, 3, Today, false), (entry.Channel, entry.Count, entry.Date, entry.WholeMonth));
        Assert.False(string.IsNullOrEmpty(entry.RecordedByName));
        var list = await staff.GetAsync("/okawa/staff/procedures/kpi/cases");
        Assert.Contains("窓口の件数を記録しました。", list.Text);
        Assert.Contains($"data-case=\"{entry.Id}\"", list.Html);
        Assert.Equal(["Kpi.CaseRecorded"], await AuditActionsAsync("okawa", entry.Id.ToString()));
    }

    [Fact]
    public async Task Bad_input_shows_Japanese_field_errors_and_records_nothing()
    {
        var staff = await StaffAsync("okawa");
        var before = (await CasesAsync("okawa")).Count;

        var shape = await staff.SubmitAsync("/okawa/staff/procedures/kpi/cases", new Dictionary<string, string>
        {
            ["Input.ProcedureCode"] = "", ["Input.Channel"] = CaseChannel.Mail, ["Input.Date"] = "", ["Input.Count"] = "0",
        });
        Assert.Equal(HttpStatusCode.OK, shape.Status);
        Assert.Equal("手続きを選んでください。", shape.FieldError("Input_ProcedureCode"));
        Assert.Equal("受け付けた日を入力してください。", shape.FieldError("Input_Date"));
        Assert.Equal("件数は1から10,000までの整数で入力してください。", shape.FieldError("Input_Count"));
        Assert.Contains("入力内容を確認してください", shape.Text);

        var rules = await staff.SubmitAsync("/okawa/staff/procedures/kpi/cases", Case("no-such-procedure", "fax", 2, Today.AddDays(1)));
        Assert.Equal(HttpStatusCode.OK, rules.Status);
        Assert.Equal("この市の手続きの一覧から選んでください。", rules.FieldError("Input_ProcedureCode"));
        Assert.Equal("受付の方法は、窓口・郵送・電話・オンライン（他のシステム）から選んでください。", rules.FieldError("Input_Channel"));
        Assert.Equal("受け付けた日に、今日より後の日付は入力できません。", rules.FieldError("Input_Date"));

        var notANumber = await staff.SubmitAsync("/okawa/staff/procedures/kpi/cases", new Dictionary<string, string>(Case("inkan-toroku", CaseChannel.Mail, 1)) { ["Input.Count"] = "三" });
        Assert.Equal("件数の形式が正しくありません。", notANumber.FieldError("Input_Count"));

        Assert.Equal(before, (await CasesAsync("okawa")).Count);
    }

    [Fact]
    public async Task A_correction_and_a_deletion_are_audited_with_what_was_there_before()
    {
        var staff = await StaffAsync("miyama");
        await RecordAsync(staff, "miyama", Case("koseki-shomei", CaseChannel.Mail, 4, note: "訂正前"));
        var entry = Assert.Single(await CasesAsync("miyama"), c => c.Note == "訂正前");

        var bad = await staff.SubmitAsync($"/miyama/staff/procedures/kpi/cases/{entry.Id}", Case("koseki-shomei", CaseChannel.Mail, 0, note: "訂正後"));
        Assert.Equal("件数は1から10,000までの整数で入力してください。", bad.FieldError("Input_Count"));
        Assert.Equal(4, (await CasesAsync("miyama")).Single(c => c.Id == entry.Id).Count);

        var fixedUp = await staff.SubmitAsync($"/miyama/staff/procedures/kpi/cases/{entry.Id}", Case("koseki-shomei", CaseChannel.Phone, 7, note: "訂正後"));
        Assert.Equal(HttpStatusCode.Redirect, fixedUp.Status);
        var corrected = (await CasesAsync("miyama")).Single(c => c.Id == entry.Id);
        Assert.Equal((CaseChannel.Phone, 7, "訂正後"), (corrected.Channel, corrected.Count, corrected.Note));

        var list = await staff.GetAsync("/miyama/staff/procedures/kpi/cases");
        var deleted = await staff.PostAsync($"/miyama/staff/procedures/kpi/cases?handler=Delete&id={entry.Id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = list.AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.DoesNotContain(await CasesAsync("miyama"), c => c.Id == entry.Id);

        Assert.Equal(["Kpi.CaseRecorded", "Kpi.CaseCorrected", "Kpi.CaseDeleted"], await AuditActionsAsync("miyama", entry.Id.ToString()));
        var details = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<ProceduresDbContext>().AuditEntries
            .Where(e => e.TargetId == entry.Id.ToString() && e.Action == "Kpi.CaseCorrected").Select(e => e.DetailsJson).SingleAsync());
        var before = JsonDocument.Parse(details).RootElement.GetProperty("before");
        Assert.Equal(4, before.GetProperty("count").GetInt32());
        Assert.Equal(CaseChannel.Mail, before.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task A_csv_with_bad_rows_imports_nothing_and_names_every_bad_row()
    {
        var staff = await StaffAsync("yukuhashi");
        var lastMonth = ThisMonth.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var nextMonth = ThisMonth.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var before = await CasesAsync("yukuhashi");
        var csv = "手続きコード,年月,受付の方法,件数\r\n" +
            $"kaiso-kyoka,{lastMonth},窓口,12\r\n" +
            $"no-such-code,{lastMonth},窓口,1\r\n" +
            "kaiso-kyoka,2026/13,郵送,1\r\n" +
            $"kaiso-kyoka,{lastMonth},FAX,1\r\n" +
            $"kaiso-kyoka,{lastMonth},電話,-1\r\n" +
            $"kaiso-kyoka,{nextMonth},電話,1\r\n" +
            $"kaiso-kyoka,{lastMonth},窓口,3\r\n" +
            "kaiso-kyoka,2026-04\r\n";
        var rejected = await ImportAsync(staff, "yukuhashi", csv);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.Status);
        foreach (var message in new[]
        {
            "3行目: 手続きコード「no-such-code」はこの市の手続きにありません。",
            "4行目: 年月「2026/13」は「2026-04」の形で入力してください。",
            "5行目: 受付の方法「FAX」は「窓口」「郵送」「電話」「オンライン（他のシステム）」のいずれかにしてください。",
            "6行目: 件数「-1」は0から100,000までの整数で入力してください。",
            $"7行目: 年月「{nextMonth}」は2020年4月から今月までにしてください。",
            $"8行目: 「kaiso-kyoka」の{lastMonth}の窓口がファイル内で重複しています。",
            "9行目: 項目の数が2個です",
        })
        {
            Assert.Contains(message, rejected.Text);
        }

        Assert.Equal(before.Count, (await CasesAsync("yukuhashi")).Count);

        // A good file is written; importing a corrected file replaces the month's total instead of adding to it.
        var good = $"手続きコード,年月,受付の方法,件数\r\nkaiso-kyoka,{lastMonth},窓口,12\r\nkaiso-kyoka,{lastMonth},郵送,2\r\n";
        Assert.Equal(HttpStatusCode.Redirect, (await ImportAsync(staff, "yukuhashi", good)).Status);
        var corrected = $"手続きコード,年月,受付の方法,件数\r\nkaiso-kyoka,{lastMonth},counter,15\r\nkaiso-kyoka,{lastMonth},mail,0\r\n";
        Assert.Equal(HttpStatusCode.Redirect, (await ImportAsync(staff, "yukuhashi", corrected)).Status);
        var imported = (await CasesAsync("yukuhashi")).Where(c => c.ProcedureCode == "kaiso-kyoka").ToList();
        var only = Assert.Single(imported);
        Assert.Equal((CaseChannel.Counter, 15, true, ThisMonth.AddMonths(-1)), (only.Channel, only.Count, only.WholeMonth, only.Date));
        Assert.Equal(2, (await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ProceduresDbContext>().AuditEntries.CountAsync(e => e.Action == "Kpi.CasesImported"))));
    }

    private static Task<Page> ImportAsync(PageClient staff, string city, string csv) =>
        staff.PostMultipartAsync($"/{city}/staff/procedures/kpi/cases/import", $"/{city}/staff/procedures/kpi/cases/import", [],
            [("file", "counts.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)])]);

    [Fact]
    public async Task The_rate_is_online_over_all_cases_counting_withdrawn_applications_too()
    {
        // Two online applications this month, one of them withdrawn: both are 申請件数.
        var resident = app.Pages();
        await resident.LoginAsync("yukuhashi", "resident");
        await ApplyForCopiesAsync(resident, "yukuhashi");
        await ApplyForCopiesAsync(resident, "yukuhashi");
        var receipt = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ProceduresDbContext>().Applications
            .Where(a => a.ProcedureCode == "juminhyo-copy").OrderBy(a => a.SubmittedAtUtc).Select(a => a.ReceiptNumber).FirstAsync());
        var mine = await resident.GetAsync("/yukuhashi/applications");
        Assert.Equal(HttpStatusCode.Redirect, (await resident.PostAsync($"/yukuhashi/applications/{receipt}?handler=Withdraw", new Dictionary<string, string> { ["__RequestVerificationToken"] = mine.AntiforgeryToken() })).Status);

        var staff = await StaffAsync("yukuhashi");
        await RecordAsync(staff, "yukuhashi", Case("juminhyo-copy", CaseChannel.Counter, 3));
        await RecordAsync(staff, "yukuhashi", Case("juminhyo-copy", CaseChannel.Mail, 1));
        await RecordAsync(staff, "yukuhashi", Case("juminhyo-copy", CaseChannel.Phone, 2));
        await RecordAsync(staff, "yukuhashi", Case("toshokan-yoyaku", CaseChannel.OnlineOther, 3));
        await RecordAsync(staff, "yukuhashi", Case("toshokan-yoyaku", CaseChannel.Counter, 1));

        var fy = FiscalYear.Of(Today).Year;
        var page = await staff.GetAsync($"/yukuhashi/staff/procedures/kpi?fy={fy}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var month = ThisMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        // MachiDX, other online, counter, mail, phone, total, rate, national: 2 online of 8 = 25.0%.
        Assert.Equal(["住民票の写しの交付請求", ThisMonth.ToString("yyyy年M月", CultureInfo.InvariantCulture), "2", "0", "3", "1", "2", "8", "25.0", ""],
            RowCells(page.Html, "data-row", $"juminhyo-copy/{month}"));
        // The library's other-system reservations count as online, shown beside the national 73.7%: 3 of 4 = 75.0%.
        var library = RowCells(page.Html, "data-row", $"toshokan-yoyaku/{month}");
        Assert.Equal(["3", "1", "75.0", "73.7"], library[3..5].Concat(library[8..]).ToArray());

        var rows = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<IProcedureUsage>().MonthlyUsageAsync(ThisMonth, ThisMonth, CancellationToken.None));
        var copies = Assert.Single(rows, r => r.ProcedureCode == "juminhyo-copy");
        Assert.Equal((2, 6, 8, 25.0, (double?)null), (copies.Online, copies.Offline, copies.Total, copies.OnlineRatePercent!.Value, copies.NationalRatePercent));
        Assert.Equal(73.7, Assert.Single(rows, r => r.ProcedureCode == "toshokan-yoyaku").NationalRatePercent);

        var api = await app.Api().SignInAsync("yukuhashi", "staff");
        using var response = await api.GetAsync(ProceduresApiPaths.Kpi.Replace("{city}", "yukuhashi", StringComparison.Ordinal) + $"?fy={fy}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var apiRow = json.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("procedureCode").GetString() == "juminhyo-copy" && r.GetProperty("month").GetString() == Iso(ThisMonth));
        Assert.Equal(25.0, apiRow.GetProperty("onlineRatePercent").GetDouble());
        Assert.Equal(8, apiRow.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_csv_export_has_the_same_numbers_as_the_page()
    {
        var staff = await StaffAsync("okawa");
        var fy = FiscalYear.Of(Today).Year - 1; // the demo data fills the whole previous fiscal year
        var page = await staff.GetAsync($"/okawa/staff/procedures/kpi?fy={fy}");
        using var response = await staff.Http.GetAsync($"/okawa/staff/procedures/kpi?handler=Csv&fy={fy}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("年度,手続きコード,手続き名,年月,オンライン（MachiDX）", lines[0]);

        var monthly = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[3] != "年度計").ToList();
        Assert.True(monthly.Count >= 12 * 5, $"expected a year of demo rows, got {monthly.Count}:\n{string.Join('\n', lines)}");
        Assert.Equal(monthly.Count, Regex.Matches(page.Html, "<tr data-row=").Count);
        foreach (var f in monthly)
        {
            var cells = RowCells(page.Html, "data-row", $"{f[1]}/{f[3]}");
            Assert.Equal(fy.ToString(CultureInfo.InvariantCulture), f[0]);
            Assert.Equal(cells[0], f[2]);
            Assert.Equal(cells[2..], f[4..]);
        }

        var totals = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[3] == "年度計").ToList();
        Assert.Contains(totals, f => f[1] == "toshokan-yoyaku" && f[11] == "73.7" && f[10].Length > 0);
        foreach (var f in totals)
        {
            Assert.Equal(f[4..], RowCells(page.Html, "data-procedure", f[1])[1..]);
        }
    }

    [Fact]
    public async Task Another_citys_cases_never_appear_and_cannot_be_changed()
    {
        var miyama = await StaffAsync("miyama");
        await RecordAsync(miyama, "miyama", Case("kaso-kyoka", CaseChannel.Phone, 4321, note: "みやま市だけ"));
        var entry = Assert.Single(await CasesAsync("miyama"), c => c.Note == "みやま市だけ");

        var okawa = await StaffAsync("okawa");
        var fy = FiscalYear.Of(Today).Year;
        Assert.DoesNotContain("data-row=\"kaso-kyoka/", (await okawa.GetAsync($"/okawa/staff/procedures/kpi?fy={fy}")).Html);
        Assert.DoesNotContain("4321", (await okawa.Http.GetStringAsync($"/okawa/staff/procedures/kpi?handler=Csv&fy={fy}")).Replace(",", "", StringComparison.Ordinal));
        Assert.DoesNotContain("みやま市だけ", (await okawa.GetAsync("/okawa/staff/procedures/kpi/cases")).Text);
        Assert.Equal(HttpStatusCode.NotFound, (await okawa.GetAsync($"/okawa/staff/procedures/kpi/cases/{entry.Id}")).Status);
        var list = await okawa.GetAsync("/okawa/staff/procedures/kpi/cases");
        var delete = await okawa.PostAsync($"/okawa/staff/procedures/kpi/cases?handler=Delete&id={entry.Id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = list.AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.NotFound, delete.Status);
        var edit = await okawa.PostAsync($"/okawa/staff/procedures/kpi/cases/{entry.Id}", new Dictionary<string, string>(Case("kaso-kyoka", CaseChannel.Phone, 1)) { ["__RequestVerificationToken"] = list.AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.NotFound, edit.Status);
        // Staff of one city cannot use their session on another city's pages either.
        Assert.NotEqual(HttpStatusCode.OK, (await okawa.GetAsync("/miyama/staff/procedures/kpi/cases")).Status);

        var rows = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<IProcedureUsage>().MonthlyUsageAsync(ThisMonth, ThisMonth, CancellationToken.None));
        Assert.DoesNotContain(rows, r => r.ProcedureCode == "kaso-kyoka");
        Assert.Equal(4321, (await CasesAsync("miyama")).Single(c => c.Id == entry.Id).Count);
    }

    [Fact]
    public async Task Residents_cannot_reach_the_kpi_pages_or_record_cases()
    {
        var resident = app.Pages();
        await resident.LoginAsync("okawa", "resident");
        foreach (var path in new[] { "/okawa/staff/procedures/kpi", "/okawa/staff/procedures/kpi?handler=Csv", "/okawa/staff/procedures/kpi/cases", "/okawa/staff/procedures/kpi/cases/import" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetAsync(path)).Status);
        }

        var before = (await CasesAsync("okawa")).Count;
        var token = (await resident.GetAsync("/okawa/mypage")).AntiforgeryToken();
        var forged = await resident.PostAsync("/okawa/staff/procedures/kpi/cases", new Dictionary<string, string>(Case("inkan-toroku", CaseChannel.Counter, 9)) { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Equal(before, (await CasesAsync("okawa")).Count);

        var api = await app.Api().SignInAsync("okawa", "resident");
        using var response = await api.GetAsync("/api/v1/okawa/procedures/kpi");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var anonymous = app.Pages();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/okawa/staff/procedures/kpi")).Status);
    }

    [Fact]
    public async Task The_api_answers_a_bad_fiscal_year_with_problem_details()
    {
        var api = await app.Api().SignInAsync("okawa", "staff");
        foreach (var fy in new[] { "abc", "2019", (FiscalYear.Of(Today).Year + 1).ToString(CultureInfo.InvariantCulture) })
        {
            using var response = await api.GetAsync($"/api/v1/okawa/procedures/kpi?fy={fy}");
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("年度は2020から", problem.GetProperty("errors").GetProperty("fy")[0].GetString());
        }

        var staff = await StaffAsync("okawa");
        var page = await staff.GetAsync("/okawa/staff/procedures/kpi?fy=1999");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("年度は2020年度から", page.Text);
    }

    [GeneratedRegex("<t[dh][^>]*>(.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}

public sealed class KpiOnSqlite(SqliteApp app) : KpiScenarios<SqliteApp>(app);

public sealed class KpiOnPostgres(PostgresApp app) : KpiScenarios<PostgresApp>(app);
