using System.Net;
using System.Text;
using MachiDx.Insight.Contracts;
using MachiDx.Insight.Data;
using MachiDx.Insight.DigiLab.Request;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Insight;

/// <summary>
/// 業務の見える化 through HTTP: all-or-nothing imports with line-and-column errors, department rights on the inventory,
/// workload figures and reconciliation, the DigiLab desk's go-live rules and hours saved, city isolation and roles.
/// Each scenario uses its own fiscal years or departments so they pass in any order on the shared app.
/// </summary>
public abstract class InsightScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string InventoryHeader = "年度,所属,大分類,中分類,業務名,繁忙期の月数,繁忙期の月間件数,通常期の月数,通常期の月間件数,閑散期の月数,閑散期の月間件数,1件あたりの分数,人数,処理媒体,定型・非定型,コア・ノンコア,個人情報,難易度,根拠法令\n";

    [Fact]
    public async Task An_inventory_csv_with_errors_names_line_and_column_in_japanese_and_changes_nothing()
    {
        var dx = await LoginAsync("okawa", "dx");
        var before = await TaskCountAsync("okawa");
        var bad = await UploadAsync(dx, "okawa", "inventory", InventoryHeader
            + "2032,市民課,証明,交付,印鑑登録証明書の交付,2,100,8,50,2,30,5,2,紙,定型,ノンコア,個人情報,低,\n"
            + "2032,市民課,証明,交付,戸籍謄本の交付,2,100,8,50,2,30,abc,2,紙,定型,ノンコア,個人情報,低,戸籍法\n"
            + "2032,存在しない課,証明,交付,税証明,3,100,8,50,2,30,5,2,紙,定型,ノンコア,個人情報,低,\n"
            + "2032,市民課,証明,交付,住民票,2,100,8,50,2,30,5,2,FAX,定型,ノンコア,個人情報,低,\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        Assert.Contains("3行目「1件あたりの分数」: 「abc」は0.1〜10,000の数値で入力してください。", bad.Text);
        Assert.Contains("4行目「所属」: 「存在しない課」は部署コードまたは部署名として登録されていません。", bad.Text);
        Assert.Contains("4行目: 繁忙期・通常期・閑散期の月数の合計が13か月です", bad.Text);
        Assert.Contains("5行目「処理媒体」: 「FAX」は「紙」「電子」「混在」のいずれかにしてください。", bad.Text);
        Assert.Equal(before, await TaskCountAsync("okawa"));

        var good = await UploadAsync(dx, "okawa", "inventory", InventoryHeader
            + "2032,市民課,証明,交付,印鑑登録証明書の交付,2,100,8,50,2,30,5,2,紙,定型,ノンコア,個人情報,低,\n"
            + "2032,shimin,証明,交付,戸籍謄本の交付,2,100,8,50,2,30,12,2,紙,定型,ノンコア,要配慮・マイナンバー,中,戸籍法\n");
        Assert.Equal(HttpStatusCode.Redirect, good.Status);
        Assert.Equal(before + 2, await TaskCountAsync("okawa"));

        // The same key again updates the task instead of adding one.
        await UploadAsync(dx, "okawa", "inventory", InventoryHeader + "2032,市民課,証明,交付,戸籍謄本の交付,2,100,8,50,2,30,6,2,紙,定型,ノンコア,要配慮・マイナンバー,中,戸籍法\n");
        Assert.Equal(before + 2, await TaskCountAsync("okawa"));
        var task = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().Tasks.AsNoTracking().SingleAsync(t => t.FiscalYear == 2032 && t.Name == "戸籍謄本の交付"));
        Assert.Equal(((2 * 100) + (8 * 50) + (2 * 30)) * 6 / 60.0, task.YearlyHours, 6);
        var page = await dx.GetAsync("/okawa/staff/insight/inventory?fy=2032");
        Assert.Contains("戸籍謄本の交付", page.Text);
        Assert.Contains("戸籍謄本の交付 660 6 66", Squash(page.Text)); // 660 cases a year × 6 min = 66 h
    }

    [Fact]
    public async Task Staff_edit_their_own_departments_inventory_only_and_changes_are_audited()
    {
        var staff = await LoginAsync("okawa", "staff"); // 市民課
        var created = await staff.SubmitAsync("/okawa/staff/insight/inventory/task", TaskForm("shimin", "転出証明書の発行", 2033));
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var own = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().Tasks.AsNoTracking().SingleAsync(t => t.Name == "転出証明書の発行"));
        Assert.Equal(12 * 10 * 15 / 60.0, own.YearlyHours, 6);

        var other = await staff.SubmitAsync("/okawa/staff/insight/inventory/task", TaskForm("zeimu", "他課の業務", 2033));
        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal("自分の所属の業務だけを登録できます。", other.FieldError("Input_DepartmentCode"));
        var imported = await UploadAsync(staff, "okawa", "inventory", InventoryHeader
            + "2033,市民課,証明,交付,自課の業務,0,0,12,10,0,0,10,1,紙,定型,ノンコア,なし,低,\n"
            + "2033,税務課,証明,交付,他課の業務,0,0,12,10,0,0,10,1,紙,定型,ノンコア,なし,低,\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, imported.Status);
        Assert.Contains("3行目「所属」: この所属の業務を取り込む権限がありません（自分の所属の業務だけを取り込めます）。", imported.Text);
        Assert.False(await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().Tasks.AnyAsync(t => t.Name == "自課の業務")));
        var months = await staff.SubmitAsync("/okawa/staff/insight/inventory/task", TaskForm("shimin", "月数の誤り", 2033, normalMonths: "9"));
        Assert.Contains("13か月", months.FieldError("Input_BusyMonths"));

        var zeimuTask = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().Tasks.AsNoTracking().FirstAsync(t => t.DepartmentCode == "zeimu"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/okawa/staff/insight/inventory/task/{zeimuTask.Id}")).Status);
        var ownForm = await staff.GetAsync($"/okawa/staff/insight/inventory/task/{own.Id}");
        var delete = await staff.PostAsync($"/okawa/staff/insight/inventory/task/{zeimuTask.Id}?handler=Delete", new Dictionary<string, string> { ["__RequestVerificationToken"] = ownForm.AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.Forbidden, delete.Status);
        Assert.True(await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().Tasks.AnyAsync(t => t.Id == zeimuTask.Id)));

        var deleteOwn = await staff.PostAsync($"/okawa/staff/insight/inventory/task/{own.Id}?handler=Delete", new Dictionary<string, string> { ["__RequestVerificationToken"] = ownForm.AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.Redirect, deleteOwn.Status);
        var actions = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().AuditEntries.Where(a => a.TargetId == own.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Equal(["Insight.Task.Created", "Insight.Task.Deleted"], actions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Attendance_imports_all_or_nothing_and_gives_per_head_figures_through_the_contract_and_the_page()
    {
        var hr = await LoginAsync("miyama", "hr");
        var countBefore = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<InsightDbContext>().Attendance.CountAsync());
        var bad = await UploadAsync(hr, "miyama", "attendance", "職員番号,年月,残業時間,年休日数,所属\n"
            + "B-1,2034-04,50,1,防災安全課\nB-1,2034-13,40,0,防災安全課\nB-2,2034-04,-1,2,防災安全課\nNOBODY,2034-04,10,0,\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        Assert.Contains("3行目「年月」: 「2034-13」は年月として読めません", bad.Text);
        Assert.Contains("4行目「残業時間」: 「-1」は0〜300の数値で入力してください。", bad.Text);
        Assert.Contains("5行目「所属」: 職員番号「NOBODY」の職員アカウントがないため、所属を入力してください。", bad.Text);
        Assert.Equal(countBefore, await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<InsightDbContext>().Attendance.CountAsync()));

        var good = await UploadAsync(hr, "miyama", "attendance", "職員番号,年月,残業時間,年休日数,所属\n"
            + "B-1,2034-04,200,1,防災安全課\nB-1,2034-05,170,0,bosai\nB-2,2034-04,10,2,防災安全課\n");
        Assert.Equal(HttpStatusCode.Redirect, good.Status);
        var figures = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<IWorkloadFigures>().OvertimePerHeadAsync(2034, CancellationToken.None));
        var bosai = Assert.Single(figures);
        Assert.Equal(("bosai", 2, 1520.0, 1), (bosai.DepartmentCode, bosai.Headcount, Math.Round(bosai.HoursPerHeadYear, 6), bosai.StaffOver45Hours));
        Assert.Equal(380 / 3.0, bosai.HoursPerHeadMonth, 6);

        var page = await hr.GetAsync("/miyama/staff/insight/workload?fy=2034");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("1,520.0", page.Text);
        Assert.Contains("年360時間を超えた職員 1人", Squash(page.Text));
        Assert.Contains("127.8", page.Text); // the national figures are shown for comparison
    }

    [Fact]
    public async Task A_department_whose_inventory_covers_less_than_70_percent_of_attendance_is_flagged()
    {
        var dx = await LoginAsync("yukuhashi", "dx");
        var attendance = new StringBuilder("職員番号,年月,残業時間,年休日数,所属\n");
        for (var m = 0; m < 12; m++)
        {
            attendance.Append(System.Globalization.CultureInfo.InvariantCulture, $"G-1,{new DateOnly(2035, 4, 1).AddMonths(m):yyyy-MM},0,0,gakushu\n");
        }

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(dx, "yukuhashi", "attendance", attendance.ToString())).Status);
        // 1,883.25 attendance hours (12 × 7.75 h × 243 ÷ 12); 12 × 100 cases × 60 min = 1,200 h → 64 %.
        await UploadAsync(dx, "yukuhashi", "inventory", InventoryHeader + "2035,gakushu,社会教育,講座,公民館講座の運営,0,0,12,100,0,0,60,2,電子,非定型,コア,なし,中,社会教育法\n");
        var under = await dx.GetAsync("/yukuhashi/staff/insight/workload?fy=2035");
        Assert.Contains("生涯学習課 1,200 1,883 64% 70%未満：棚卸しの漏れを確認", Squash(under.Text));

        await UploadAsync(dx, "yukuhashi", "inventory", InventoryHeader + "2035,gakushu,社会教育,講座,公民館講座の運営,0,0,12,200,0,0,60,2,電子,非定型,コア,なし,中,社会教育法\n");
        var over = await dx.GetAsync("/yukuhashi/staff/insight/workload?fy=2035");
        Assert.Contains("生涯学習課 2,400 1,883 127% 100%超：見積りを確認", Squash(over.Text));
    }

    [Fact]
    public async Task A_digilab_request_goes_live_with_baseline_minutes_and_counts_hours_saved()
    {
        var staff = await LoginAsync("okawa", "staff");
        var sent = await staff.SubmitAsync("/okawa/staff/insight/digilab/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "転入届の入力をRPAで", ["Input.Description"] = "1件30分かかる", ["Input.DepartmentCode"] = "shimin", ["Input.Type"] = "Rpa",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var path = sent.Location!;
        var number = int.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var code = $"DL-{number:0000}";

        // Plain staff cannot triage.
        var form = await staff.GetAsync(path);
        Assert.Contains("受付", form.Text);
        var denied = await staff.PostAsync(path + "?handler=Triage", new Dictionary<string, string> { ["__RequestVerificationToken"] = form.AntiforgeryToken(), ["Triage.Status"] = "Live" });
        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);

        var dx = await LoginAsync("okawa", "dx");
        var incomplete = await dx.SubmitAsync(path, Triage("Live", "", "", ""), path + "?handler=Triage");
        Assert.Equal("稼働中にする前に、導入前の1件あたりの分数を記録してください（稼働前の状態で先に保存します）。", incomplete.FieldError("Triage_BaselineMinutes"));
        Assert.NotNull(incomplete.FieldError("Triage_LiveSince"));
        // A baseline typed in the same update that goes live is not "recorded before go-live".
        var sameStep = await dx.SubmitAsync(path, Triage("Live", "30", "10", "2026-04"), path + "?handler=Triage");
        Assert.Equal("稼働中にする前に、導入前の1件あたりの分数を記録してください（稼働前の状態で先に保存します）。", sameStep.FieldError("Triage_BaselineMinutes"));
        Assert.Equal(RequestStatus.Received, (await RequestAsync(number)).Status);

        // Triage: under development, assigned, baseline measured (30 min per case).
        var assignee = await app.WithScopeAsync("okawa", async sp => (await sp.GetRequiredService<MachiDx.Platform.Identity.StaffDirectory>().AllAsync(CancellationToken.None))
            .OrderBy(p => p.StaffNumber, StringComparer.Ordinal).First());
        Assert.Equal(HttpStatusCode.Redirect, (await dx.SubmitAsync(path, Triage("Developing", "30", "", "", assignee.StaffNumber), path + "?handler=Triage")).Status);
        var developing = await RequestAsync(number);
        Assert.Equal((RequestStatus.Developing, assignee.StaffNumber, assignee.FullName, 30.0), (developing.Status, developing.AssigneeStaffNumber, developing.AssigneeName, developing.BaselineMinutesPerCase!.Value));
        Assert.Contains($"担当 {assignee.FullName}", Squash((await staff.GetAsync(path)).Text));
        var worse = await dx.SubmitAsync(path, Triage("Live", "30", "40", "2026-04"), path + "?handler=Triage");
        Assert.Equal("導入後の分数は導入前の分数以下にしてください。", worse.FieldError("Triage_AfterMinutes"));
        var moved = await dx.SubmitAsync(path, Triage("Live", "25", "10", "2026-04"), path + "?handler=Triage");
        Assert.Equal("導入前の1件あたりの分数は、稼働前に記録した値から変更できません（削減時間の計算の基準です）。", moved.FieldError("Triage_BaselineMinutes"));
        Assert.Equal(RequestStatus.Developing, (await RequestAsync(number)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await dx.SubmitAsync(path, Triage("Live", "30", "10", "2026-04", assignee.StaffNumber), path + "?handler=Triage")).Status);
        var early = await dx.SubmitAsync(path, new Dictionary<string, string> { ["UsageForm.Month"] = "2026-03", ["UsageForm.Cases"] = "50" }, path + "?handler=Usage");
        Assert.Equal($"2026-03は{code}の稼働開始月（2026-04）より前です。稼働後の件数だけを記録できます。", early.FieldError("UsageForm_Month"));
        Assert.Equal(HttpStatusCode.Redirect, (await dx.SubmitAsync(path, new Dictionary<string, string> { ["UsageForm.Month"] = "2026-04", ["UsageForm.Cases"] = "120" }, path + "?handler=Usage")).Status);
        Assert.Equal(120 * 20 / 60.0, (await RequestAsync(number)).TotalHoursSaved, 6);

        // Once volumes exist the baseline stays, even if the request leaves 稼働中.
        var reopened = await dx.SubmitAsync(path, Triage("Developing", "60", "10", "2026-04", assignee.StaffNumber), path + "?handler=Triage");
        Assert.Equal("導入前の1件あたりの分数は、稼働前に記録した値から変更できません（削減時間の計算の基準です）。", reopened.FieldError("Triage_BaselineMinutes"));
        Assert.Equal(30, (await RequestAsync(number)).BaselineMinutesPerCase);

        var badCsv = await UploadAsync(dx, "okawa", "usage", $"依頼番号,年月,件数\n{code},2026-05,60\nDL-9999,2026-05,10\n{code},2026/13,5\n{code},2026-06,-3\n{code},2026-02,7\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badCsv.Status);
        Assert.Contains("3行目「依頼番号」: 「DL-9999」という依頼はありません", badCsv.Text);
        Assert.Contains("4行目「年月」", badCsv.Text);
        Assert.Contains("5行目「件数」: 「-3」は0〜10000000の整数で入力してください。", badCsv.Text);
        Assert.Contains($"6行目「年月」: 2026-02は{code}の稼働開始月（2026-04）より前です。", badCsv.Text);
        Assert.Single((await RequestAsync(number)).Usage);

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(dx, "okawa", "usage", $"依頼番号,年月,件数\n{code},2026-05,60\n{number},2026-04,90\n")).Status);
        var live = await RequestAsync(number);
        Assert.Equal((60 + 90) * 20 / 60.0, live.TotalHoursSaved, 6); // 2026-04 replaced by 90 cases

        var tooMuch = await dx.SubmitAsync(path, new Dictionary<string, string> { ["Freed.Use"] = "LessOvertime", ["Freed.Hours"] = "51" }, path + "?handler=Freed");
        Assert.Contains("まだ記録していないのは50.0時間です", tooMuch.FieldError("Freed_Hours"));
        Assert.Equal(HttpStatusCode.Redirect, (await dx.SubmitAsync(path, new Dictionary<string, string> { ["Freed.Use"] = "CounterStaffing", ["Freed.Hours"] = "30", ["Freed.Note"] = "窓口" }, path + "?handler=Freed")).Status);
        Assert.Equal(30, (await RequestAsync(number)).FreedHours.Sum(f => f.Hours));

        var board = await staff.GetAsync("/okawa/staff/insight/digilab");
        Assert.Contains($"{code} 転入届の入力をRPAで", board.Text);
        var savings = await staff.GetAsync("/okawa/staff/insight/digilab/savings");
        Assert.Equal(HttpStatusCode.OK, savings.Status);
        Assert.Contains("窓口対応の充実", savings.Text);
        // The cumulative view by service ends at each service's total of cases × Δminutes ÷ 60 over every request.
        var all = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().Requests.AsNoTracking().Include(r => r.Usage).ToListAsync());
        var totals = DigiLabLabels.Types.Select(t => all.Where(r => r.Type == t).SelectMany(r => r.Usage.Select(u => u.Cases * (r.BaselineMinutesPerCase!.Value - r.AfterMinutesPerCase!.Value) / 60.0)).Sum())
            .Select(v => v.ToString("#,0.0", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(totals[(int)ServiceType.Rpa] != "0.0");
        Assert.Contains("合計 " + string.Join(" ", totals.SelectMany(v => new[] { v, v })), Squash(savings.Text), StringComparison.Ordinal);
        var audit = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().AuditEntries.Where(a => a.TargetId == code).Select(a => a.Action).ToListAsync());
        Assert.Contains("Insight.DigiLab.Triaged", audit);
        Assert.Contains("Insight.DigiLab.FreedHoursRecorded", audit);
    }

    [Fact]
    public async Task A_request_is_linked_to_an_inventory_task_of_the_senders_department_even_one_from_an_earlier_year()
    {
        var fy = MachiDx.Insight.FiscalYears.Current(app.Clock);
        var dx = await LoginAsync("okawa", "dx");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(dx, "okawa", "inventory", InventoryHeader
            + $"{fy - 1},shimin,証明,交付,リンク試験の前年度業務,2,100,8,50,2,30,5,2,紙,定型,ノンコア,個人情報,低,\n"
            + $"{fy},zeimu,証明,交付,リンク試験の他課業務,2,100,8,50,2,30,5,2,紙,定型,ノンコア,個人情報,低,\n")).Status);
        var (earlier, other) = await app.WithScopeAsync("okawa", async sp =>
        {
            var tasks = sp.GetRequiredService<InsightDbContext>().Tasks.AsNoTracking();
            return (await tasks.SingleAsync(t => t.Name == "リンク試験の前年度業務"), await tasks.SingleAsync(t => t.Name == "リンク試験の他課業務"));
        });

        // The ranked backlog of last year's inventory links to the request form with the task chosen.
        var staff = await LoginAsync("okawa", "staff"); // 市民課
        Assert.Contains($"/okawa/staff/insight/digilab/new?task={earlier.Id}", (await staff.GetAsync($"/okawa/staff/insight/digilab/candidates?fy={fy - 1}")).Html);
        var form = await staff.GetAsync($"/okawa/staff/insight/digilab/new?task={earlier.Id}");
        Assert.Contains($"<option value=\"{earlier.Id}\" selected=\"selected\">", form.Html, StringComparison.Ordinal);
        Assert.Contains("リンク試験の前年度業務の効率化", form.Html, StringComparison.Ordinal);

        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "前年度業務の議事録をAIで", ["Input.Description"] = "", ["Input.DepartmentCode"] = "shimin", ["Input.Type"] = "AiMinutes",
            ["Input.WorkTaskId"] = other.Id.ToString(),
        };
        var refused = await staff.SubmitAsync($"/okawa/staff/insight/digilab/new?task={earlier.Id}", fields);
        Assert.Equal("依頼する部署の業務を選んでください。", refused.FieldError("Input_WorkTaskId"));

        fields["Input.WorkTaskId"] = earlier.Id.ToString();
        var sent = await staff.SubmitAsync($"/okawa/staff/insight/digilab/new?task={earlier.Id}", fields);
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var number = int.Parse(sent.Location![(sent.Location!.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var request = await RequestAsync(number);
        Assert.Equal((earlier.Id, ServiceType.AiMinutes, RequestStatus.Received, "shimin"), (request.WorkTaskId!.Value, request.Type, request.Status, request.DepartmentCode));
        var page = Squash((await staff.GetAsync(sent.Location)).Text);
        Assert.Contains($"対象の業務 リンク試験の前年度業務（{fy - 1}年度、年間", page, StringComparison.Ordinal);
        Assert.Contains("手段 AI議事録", page, StringComparison.Ordinal);
        var board = Squash((await staff.GetAsync("/okawa/staff/insight/digilab")).Text);
        Assert.Contains($"DL-{number:0000} 前年度業務の議事録をAIで 市民課・AI議事録 担当：未定", board, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_workload_page_labels_the_national_figures_with_what_they_measure()
    {
        var page = Squash((await (await LoginAsync("okawa", "hr")).GetAsync("/okawa/staff/insight/workload?fy=2025")).Text);
        // Overtime: local government staff (総務省), the nearest verified year at or before 2025 is 令和2年 = 119.3 h.
        Assert.Contains("全国の地方公共団体 119.3時間。出典：総務省「地方公共団体の勤務条件等に関する調査結果」令和2年", page, StringComparison.Ordinal);
        // Leave: private-sector workers (厚生労働省 就労条件総合調査), survey year 令和3年 = 10.1 days; not local government.
        Assert.Contains("参考：全国の民間企業 10.1日。出典：厚生労働省「就労条件総合調査」令和3年調査（民間企業の労働者1人平均、前年1年間の取得日数。地方公務員の値ではありません", page, StringComparison.Ordinal);
        // The trend table: the city's years from attendance next to every seed figure; the secondary 2023 values marked ※.
        Assert.Contains("2018年度 ― 127.8 ― ―", page, StringComparison.Ordinal);
        Assert.Contains("2019年度 ― 134.5 ― 9.4", page, StringComparison.Ordinal);
        Assert.Contains("2023年度 ― 130.0※ ― 13.4※", page, StringComparison.Ordinal);
        var trend = await app.WithScopeAsync("okawa", async sp => await sp.GetRequiredService<InsightDbContext>().Attendance.AsNoTracking().Where(a => a.FiscalYear == 2024).ToListAsync());
        Assert.NotEmpty(trend);
        var figures = MachiDx.Insight.Workload.WorkloadCalculator.Figures("y", "", trend);
        Assert.Contains($"2024年度 {figures.OvertimePerHeadYear.ToString("#,0.0", System.Globalization.CultureInfo.InvariantCulture)} ― {figures.LeaveDaysPerHead.ToString("#,0.0", System.Globalization.CultureInfo.InvariantCulture)} ―", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_citys_staff_can_neither_see_nor_edit_this_citys_inventory_or_requests()
    {
        var okawaDx = await LoginAsync("okawa", "dx");
        await UploadAsync(okawaDx, "okawa", "inventory", InventoryHeader + "2036,kikaku,秘密,秘密,大川だけの業務,0,0,12,10,0,0,10,1,電子,定型,ノンコア,なし,低,\n");
        var okawaTask = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().Tasks.AsNoTracking().SingleAsync(t => t.Name == "大川だけの業務"));

        var miyamaDx = await LoginAsync("miyama", "dx");
        Assert.DoesNotContain("大川だけの業務", (await miyamaDx.GetAsync("/miyama/staff/insight/inventory?fy=2036")).Text);
        Assert.Equal(HttpStatusCode.NotFound, (await miyamaDx.GetAsync($"/miyama/staff/insight/inventory/task/{okawaTask.Id}")).Status);
        var crossPath = await miyamaDx.GetAsync($"/okawa/staff/insight/inventory/task/{okawaTask.Id}");
        Assert.Equal(HttpStatusCode.Redirect, crossPath.Status);
        Assert.StartsWith("/okawa/login", crossPath.Location, StringComparison.Ordinal);

        var form = await miyamaDx.GetAsync("/miyama/staff/insight/inventory/task");
        var fields = new Dictionary<string, string>(TaskForm("kikaku", "書き換え", 2036)) { ["__RequestVerificationToken"] = form.AntiforgeryToken() };
        Assert.Equal(HttpStatusCode.NotFound, (await miyamaDx.PostAsync($"/miyama/staff/insight/inventory/task/{okawaTask.Id}", fields)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await miyamaDx.PostAsync($"/miyama/staff/insight/inventory/task/{okawaTask.Id}?handler=Delete", fields)).Status);
        var unchanged = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().Tasks.AsNoTracking().SingleAsync(t => t.Id == okawaTask.Id));
        Assert.Equal("大川だけの業務", unchanged.Name);

        // The contract answers for the bound city only.
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(miyamaDx, "miyama", "attendance", "職員番号,年月,残業時間,年休日数,所属\nM-1,2036-04,30,1,bosai\n")).Status);
        var okawaFigures = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<IWorkloadFigures>().OvertimePerHeadAsync(2036, CancellationToken.None));
        var miyamaFigures = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<IWorkloadFigures>().OvertimePerHeadAsync(2036, CancellationToken.None));
        Assert.Empty(okawaFigures);
        Assert.Equal("bosai", Assert.Single(miyamaFigures).DepartmentCode);
        var miyamaRequests = await miyamaDx.GetAsync("/miyama/staff/insight/digilab");
        Assert.DoesNotContain("転入届の入力をRPAで", miyamaRequests.Text);
    }

    [Fact]
    public async Task Residents_and_anonymous_users_are_kept_out_and_plain_staff_see_no_workload_or_admin_imports()
    {
        var anonymous = app.Pages();
        var redirect = await anonymous.GetAsync("/okawa/staff/insight/inventory");
        Assert.Equal(HttpStatusCode.Redirect, redirect.Status);
        Assert.StartsWith("/okawa/login", redirect.Location, StringComparison.Ordinal);

        var resident = await LoginAsync("okawa", "resident");
        foreach (var path in new[] { "/okawa/staff/insight/inventory", "/okawa/staff/insight/workload", "/okawa/staff/insight/digilab", "/okawa/staff/insight/import/inventory" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetAsync(path)).Status);
        }

        var staff = await LoginAsync("okawa", "staff");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/okawa/staff/insight/inventory")).Status);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/okawa/staff/insight/digilab/candidates?fy=2026")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/okawa/staff/insight/workload")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/okawa/staff/insight/import/attendance")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/okawa/staff/insight/import/usage")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/okawa/staff/insight/import/nothing")).Status);
    }

    [Fact]
    public async Task The_demo_city_shows_a_ranked_backlog_and_live_requests()
    {
        var dx = await LoginAsync("miyama", "dx");
        var candidates = await dx.GetAsync("/miyama/staff/insight/digilab/candidates?fy=2026");
        Assert.Contains("AI議事録", candidates.Text);
        Assert.Contains("AI-OCR＋RPA", candidates.Text);
        var board = await dx.GetAsync("/miyama/staff/insight/digilab");
        Assert.Contains("DL-0001 庁内会議の議事録をAIで作成", board.Text);
        var workload = await dx.GetAsync("/miyama/staff/insight/workload?fy=2025");
        Assert.Contains("市民課", workload.Text);
    }

    [Fact]
    public async Task The_workload_api_returns_the_citys_figures_to_admins_and_problem_details_otherwise()
    {
        var hr = await app.Api().SignInAsync("yukuhashi", "hr");
        using var ok = await hr.GetAsync("/api/v1/yukuhashi/insight/workload?fiscalYear=2025");
        await ok.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = System.Text.Json.JsonDocument.Parse(await ok.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2025, body.GetProperty("fiscalYear").GetInt32());
        var expected = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<IWorkloadFigures>().OvertimePerHeadAsync(2025, CancellationToken.None));
        var departments = body.GetProperty("departments").EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!, d => d.GetProperty("overtimePerHeadYear").GetDouble());
        Assert.Equal(expected.Count, departments.Count);
        Assert.All(expected, e => Assert.Equal(Math.Round(e.HoursPerHeadYear, 2), departments[e.DepartmentCode], 6));
        Assert.Equal(119.3, body.GetProperty("national").GetProperty("overtimeHoursPerYear").GetDouble());

        using var bad = await hr.GetAsync("/api/v1/yukuhashi/insight/workload?fiscalYear=1800");
        var problem = await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("2000から2100", problem.GetProperty("errors").GetProperty("fiscalYear")[0].GetString(), StringComparison.Ordinal);

        var staff = await app.Api().SignInAsync("yukuhashi", "staff");
        using var forbidden = await staff.GetAsync("/api/v1/yukuhashi/insight/workload");
        await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var otherCity = await hr.GetAsync("/api/v1/okawa/insight/workload");
        Assert.Contains(otherCity.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
    }

    [Fact]
    public async Task A_fiscal_year_version_starts_as_a_copy_of_the_previous_year_for_the_users_own_department()
    {
        var staff = await LoginAsync("miyama", "staff"); // 市民課
        var page = await staff.GetAsync("/miyama/staff/insight/inventory?fy=2027");
        var copy = await staff.PostAsync("/miyama/staff/insight/inventory?handler=Copy&fy=2027", new Dictionary<string, string> { ["__RequestVerificationToken"] = page.AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.Redirect, copy.Status);
        var tasks = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<InsightDbContext>().Tasks.AsNoTracking().Where(t => t.FiscalYear == 2027).ToListAsync());
        var source = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<InsightDbContext>().Tasks.AsNoTracking().Where(t => t.FiscalYear == 2026 && t.DepartmentCode == "shimin").ToListAsync());
        Assert.NotEmpty(source);
        Assert.Equal(source.Select(t => t.Name).Order(StringComparer.Ordinal), tasks.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tasks, t => Assert.Equal("shimin", t.DepartmentCode));

        // Copying again adds nothing: the version already has those tasks.
        var again = await staff.PostAsync("/miyama/staff/insight/inventory?handler=Copy&fy=2027", new Dictionary<string, string> { ["__RequestVerificationToken"] = page.AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal(tasks.Count, await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<InsightDbContext>().Tasks.CountAsync(t => t.FiscalYear == 2027)));
    }

    private static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private async Task<PageClient> LoginAsync(string city, string local)
    {
        var client = app.Pages();
        await client.LoginAsync(city, local);
        return client;
    }

    private Task<int> TaskCountAsync(string city) => app.WithScopeAsync(city, sp => sp.GetRequiredService<InsightDbContext>().Tasks.CountAsync());

    private Task<DigiLabRequest> RequestAsync(int number) =>
        app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().Requests.AsNoTracking().Include(r => r.Usage).Include(r => r.FreedHours).SingleAsync(r => r.Number == number));

    private static Task<Page> UploadAsync(PageClient client, string city, string kind, string csv) =>
        client.PostMultipartAsync($"/{city}/staff/insight/import/{kind}", $"/{city}/staff/insight/import/{kind}", [], [("file", "data.csv", Encoding.UTF8.GetBytes(csv))]);

    private static Dictionary<string, string> Triage(string status, string before, string after, string since, string assignee = "") => new()
    {
        ["Triage.Status"] = status, ["Triage.Type"] = "Rpa", ["Triage.AssigneeStaffNumber"] = assignee, ["Triage.BaselineMinutes"] = before, ["Triage.AfterMinutes"] = after, ["Triage.LiveSince"] = since,
    };

    private static Dictionary<string, string> TaskForm(string department, string name, int year, string normalMonths = "8") => new()
    {
        ["Input.FiscalYear"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.DepartmentCode"] = department, ["Input.Major"] = "証明", ["Input.Middle"] = "交付", ["Input.Name"] = name,
        ["Input.BusyMonths"] = "2", ["Input.BusyCasesPerMonth"] = "10", ["Input.NormalMonths"] = normalMonths, ["Input.NormalCasesPerMonth"] = "10",
        ["Input.SlackMonths"] = "2", ["Input.SlackCasesPerMonth"] = "10", ["Input.MinutesPerCase"] = "15", ["Input.People"] = "1",
        ["Input.Medium"] = "Paper", ["Input.RuleBased"] = "true", ["Input.Core"] = "false", ["Input.PersonalInfo"] = "Personal", ["Input.Difficulty"] = "Low", ["Input.LegalBasis"] = "",
    };
}

public sealed class InsightOnSqlite(SqliteApp app) : InsightScenarios<SqliteApp>(app);

public sealed class InsightOnPostgres(PostgresApp app) : InsightScenarios<PostgresApp>(app);
