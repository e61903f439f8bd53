using System.Net;
using System.Text.RegularExpressions;
using MachiDx.Procedures.Applications;
using MachiDx.Procedures.Contracts;
using MachiDx.Procedures.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Procedures;

/// <summary>
/// 書かない・待たない: a resident applies online with prefilled data, staff of the owning department process
/// it with a per-field 補正, the resident corrects only that field, completion publishes ApplicationCompleted.
/// </summary>
public abstract partial class ApplicationScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private Dictionary<string, string> BulkyWaste(string address = "大川市大字酒見256番地1") => new()
    {
        ["fullName"] = "大川 花子", ["fullNameKana"] = "おおかわ はなこ", ["postalCode"] = "831-0016", ["address"] = address,
        ["phone"] = "0944-87-2101", ["items[0].item"] = "sofa", ["items[0].count"] = "1",
        ["preferredDate"] = app.Clock.Day(10),
        ["placement"] = "door", ["agree"] = "true",
    };

    private async Task<string> ApplyAsync(PageClient pages, string city, string code, Dictionary<string, string> fields)
    {
        var review = await pages.PostMultipartAsync($"/{city}/apply/{code}", $"/{city}/apply/{code}?handler=Review", fields);
        Assert.True(review.Status == HttpStatusCode.Redirect, $"review failed {(int)review.Status}:\n{review.Text}");
        var confirm = await pages.SubmitAsync($"/{city}/apply/{code}/confirm", new Dictionary<string, string>());
        Assert.True(confirm.Status == HttpStatusCode.Redirect, $"submit failed {(int)confirm.Status}:\n{confirm.Text}");
        return ReceiptPattern().Match(confirm.Location!).Groups[1].Value;
    }

    private Task<Application> ApplicationAsync(string city, string receipt) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<ProceduresDbContext>().Applications.AsNoTracking().SingleAsync(a => a.ReceiptNumber == receipt));

    [Fact]
    public async Task The_form_is_prefilled_from_the_residents_profile()
    {
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "resident");
        var form = await pages.GetAsync("/okawa/apply/sodai-gomi");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var profile = await app.WithScopeAsync("okawa", async sp =>
        {
            var id = await sp.GetRequiredService<MachiDx.Platform.Data.PlatformDbContext>().Users.Where(u => u.Email == "resident@okawa.example.jp").Select(u => u.Id).SingleAsync();
            return await sp.GetRequiredService<MachiDx.Platform.People.PeopleDirectory>().ResidentAsync(id, CancellationToken.None);
        });
        Assert.Contains($"value=\"{profile!.Address}\"", form.Html);
        Assert.Contains($"value=\"{profile.FullName}\"", form.Html);
    }

    [Fact]
    public async Task The_whole_journey_from_application_through_correction_to_completion()
    {
        var resident = app.Pages();
        await resident.LoginAsync("okawa", "resident");
        var receipt = await ApplyAsync(resident, "okawa", "sodai-gomi", BulkyWaste(address: "大川市大字酒見"));
        var receiptPage = await resident.GetAsync($"/okawa/applications/{receipt}?submitted=true");
        Assert.Contains("申請を受け付けました", receiptPage.Text);
        Assert.Contains(receipt, receiptPage.Text);

        // Staff of another department do not see it; 環境課 does.
        var otherDept = app.Pages();
        await otherDept.LoginAsync("okawa", "staff");
        Assert.Equal(HttpStatusCode.NotFound, (await otherDept.GetAsync($"/okawa/staff/applications/{receipt}")).Status);
        var staff = app.Pages();
        await staff.LoginAsync("okawa", "kankyo01");
        var inbox = await staff.GetAsync("/okawa/staff/applications");
        Assert.Contains(receipt, inbox.Text);

        await staff.SubmitAsync($"/okawa/staff/applications/{receipt}", new Dictionary<string, string> { ["to"] = "Accepted" }, $"/okawa/staff/applications/{receipt}?handler=Move");
        await staff.SubmitAsync($"/okawa/staff/applications/{receipt}", new Dictionary<string, string>
        {
            ["fields"] = "address",
            ["comment-address"] = "番地まで入力してください。",
        }, $"/okawa/staff/applications/{receipt}?handler=Correction");
        Assert.Equal(ApplicationStatus.CorrectionRequested, (await ApplicationAsync("okawa", receipt)).Status);

        // The resident sees only the flagged field, and only it can change.
        var correction = await resident.GetAsync($"/okawa/applications/{receipt}");
        Assert.Contains("番地まで入力してください。", correction.Text);
        Assert.Contains("name=\"address\"", correction.Html);
        Assert.DoesNotContain("name=\"phone\"", correction.Html);
        await resident.SubmitAsync($"/okawa/applications/{receipt}", new Dictionary<string, string>
        {
            ["address"] = "大川市大字酒見256番地1",
            ["phone"] = "090-9999-9999",
        }, $"/okawa/applications/{receipt}?handler=Correct");
        var corrected = await ApplicationAsync("okawa", receipt);
        Assert.Equal(ApplicationStatus.UnderReview, corrected.Status);
        Assert.Contains("大川市大字酒見256番地1", corrected.ValuesJson);
        Assert.DoesNotContain("090-9999-9999", corrected.ValuesJson);

        await staff.SubmitAsync($"/okawa/staff/applications/{receipt}", new Dictionary<string, string> { ["to"] = "Completed", ["message"] = "収集日は12月5日です。" }, $"/okawa/staff/applications/{receipt}?handler=Move");
        var completed = await ApplicationAsync("okawa", receipt);
        Assert.Equal(ApplicationStatus.Completed, completed.Status);

        var timeline = await resident.GetAsync($"/okawa/applications/{receipt}");
        foreach (var step in new[] { "申請済", "受付", "補正依頼", "審査中", "完了", "収集日は12月5日です。" })
        {
            Assert.Contains(step, timeline.Text);
        }

        var events = await app.WithScopeAsync(null, sp => sp.GetRequiredService<ProceduresDbContext>().OutboxMessages.Where(m => m.Type == ApplicationCompleted.EventName).Select(m => m.PayloadJson).ToListAsync());
        Assert.Single(events, e => e.Contains(receipt, StringComparison.Ordinal));
        var audited = await app.WithScopeAsync(null, sp => sp.GetRequiredService<ProceduresDbContext>().AuditEntries.CountAsync(e => e.TargetId == receipt));
        Assert.True(audited >= 3);

        // The resident was e-mailed at 受付, 補正依頼 and 完了 (through the outbox; delivering again sends nothing more).
        for (var i = 0; i < 2; i++)
        {
            await app.WithScopeAsync(null, sp => sp.GetRequiredService<MachiDx.Platform.Outbox.OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));
        }

        var mails = Directory.Exists(app.MailDirectory)
            ? Directory.GetFiles(app.MailDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f)).Where(m => (m.Subject ?? "").Contains(receipt, StringComparison.Ordinal)).ToList()
            : [];
        Assert.Equal(3, mails.Count);
        Assert.All(mails, m => Assert.Equal("resident@okawa.example.jp", m.To.Mailboxes.Single().Address));
        Assert.Contains(mails, m => (m.Subject ?? "").StartsWith("【大川市】補正のお願い", StringComparison.Ordinal) && (m.TextBody ?? "").Contains("番地まで入力してください。", StringComparison.Ordinal));
        Assert.Contains(mails, m => (m.Subject ?? "").StartsWith("【大川市】手続きが完了しました", StringComparison.Ordinal) && (m.TextBody ?? "").Contains($"/okawa/applications/{receipt}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_resident_cannot_see_or_withdraw_the_application()
    {
        var owner = app.Pages();
        await owner.LoginAsync("okawa", "resident");
        var receipt = await ApplyAsync(owner, "okawa", "sodai-gomi", BulkyWaste());

        var neighbour = app.Pages();
        await neighbour.LoginAsync("okawa", "resident2");
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/okawa/applications/{receipt}")).Status);
        var form = await neighbour.GetAsync("/okawa/applications");
        var withdraw = await neighbour.PostAsync($"/okawa/applications/{receipt}?handler=Withdraw", new Dictionary<string, string> { ["__RequestVerificationToken"] = form.AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.NotFound, withdraw.Status);
        Assert.Equal(ApplicationStatus.Submitted, (await ApplicationAsync("okawa", receipt)).Status);
        Assert.DoesNotContain(receipt, form.Text);
    }

    [Fact]
    public async Task A_forged_status_transition_is_refused_and_changes_nothing()
    {
        var resident = app.Pages();
        await resident.LoginAsync("okawa", "resident");
        var receipt = await ApplyAsync(resident, "okawa", "sodai-gomi", BulkyWaste());
        var staff = app.Pages();
        await staff.LoginAsync("okawa", "kankyo01");

        var reject = await staff.SubmitAsync($"/okawa/staff/applications/{receipt}", new Dictionary<string, string> { ["to"] = "Rejected" }, $"/okawa/staff/applications/{receipt}?handler=Move");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reject.Status);
        Assert.Contains("却下する理由を入力してください。", reject.Text);
        var longNote = await staff.SubmitAsync($"/okawa/staff/applications/{receipt}", new Dictionary<string, string> { ["note"] = new string('あ', 1001) }, $"/okawa/staff/applications/{receipt}?handler=Note");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, longNote.Status);
        Assert.Contains("メモは1000文字以内で入力してください。", longNote.Text);
        await staff.SubmitAsync($"/okawa/staff/applications/{receipt}", new Dictionary<string, string> { ["to"] = "Withdrawn" }, $"/okawa/staff/applications/{receipt}?handler=Move");
        Assert.Equal(ApplicationStatus.Submitted, (await ApplicationAsync("okawa", receipt)).Status);

        // A resident cannot reach staff actions at all.
        var forged = await resident.SubmitAsync($"/okawa/applications/{receipt}", new Dictionary<string, string> { ["to"] = "Completed" }, $"/okawa/staff/applications/{receipt}?handler=Move");
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Equal(ApplicationStatus.Submitted, (await ApplicationAsync("okawa", receipt)).Status);
    }

    [Fact]
    public async Task Script_in_a_text_field_is_stored_as_text_and_escaped_on_display()
    {
        var resident = app.Pages();
        await resident.LoginAsync("okawa", "resident");
        var fields = BulkyWaste();
        fields["placement"] = "other";
        fields["placementNote"] = "<script>alert('x')</script>";
        var receipt = await ApplyAsync(resident, "okawa", "sodai-gomi", fields);
        var page = await resident.GetAsync($"/okawa/applications/{receipt}");
        Assert.DoesNotContain("<script>alert", page.Html);
        Assert.Contains("&lt;script&gt;", page.Html);
    }

    [Fact]
    public async Task Invalid_input_shows_field_errors_and_submits_nothing()
    {
        var resident = app.Pages();
        await resident.LoginAsync("miyama", "resident");
        var before = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<ProceduresDbContext>().Applications.CountAsync());
        var fields = BulkyWaste();
        fields["items[0].count"] = "-5";
        fields["postalCode"] = "abc";
        var review = await resident.PostMultipartAsync("/miyama/apply/sodai-gomi", "/miyama/apply/sodai-gomi?handler=Review", fields);
        Assert.Equal(HttpStatusCode.OK, review.Status);
        Assert.Contains("数は1から10までの数で入力してください。", review.Text);
        Assert.Contains("郵便番号は7桁の数字で入力してください", review.Text);
        Assert.Contains("aria-invalid=\"true\"", review.Html);
        Assert.Equal(before, await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<ProceduresDbContext>().Applications.CountAsync()));
    }

    [Fact]
    public async Task A_draft_is_saved_and_resumed()
    {
        var resident = app.Pages();
        await resident.LoginAsync("yukuhashi", "resident");
        var saved = await resident.PostMultipartAsync("/yukuhashi/apply/toshokan-yoyaku", "/yukuhashi/apply/toshokan-yoyaku?handler=Save",
            new Dictionary<string, string> { ["title"] = "坊っちゃん", ["cardNumber"] = "12345" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var resumed = await resident.GetAsync(saved.Location!);
        Assert.Contains("一時保存しました", resumed.Text);
        Assert.Contains("value=\"坊っちゃん\"", resumed.Html);
        Assert.Contains("入力途中の申請", (await resident.GetAsync("/yukuhashi/applications")).Text);
    }

    [Fact]
    public async Task A_booked_facility_slot_cannot_be_booked_twice()
    {
        var date = app.Clock.Day(20);
        Dictionary<string, string> Booking() => new()
        {
            ["fullName"] = "行橋 一郎", ["fullNameKana"] = "ゆくはし いちろう", ["postalCode"] = "824-0005", ["address"] = "行橋市中央1",
            ["phone"] = "0930-25-1111", ["facility"] = "gym", ["date"] = date, ["slot"] = "night", ["people"] = "12", ["purpose"] = "バレーボール練習",
        };
        var first = app.Pages();
        await first.LoginAsync("yukuhashi", "resident");
        await ApplyAsync(first, "yukuhashi", "shisetsu-yoyaku", Booking());

        var second = app.Pages();
        await second.LoginAsync("yukuhashi", "resident2");
        var review = await second.PostMultipartAsync("/yukuhashi/apply/shisetsu-yoyaku", "/yukuhashi/apply/shisetsu-yoyaku?handler=Review", Booking());
        Assert.Equal(HttpStatusCode.Redirect, review.Status);
        var refused = await second.SubmitAsync("/yukuhashi/apply/shisetsu-yoyaku/confirm", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("すでに予約でいっぱいです", refused.Text);
    }

    [Fact]
    public async Task A_certificate_request_shows_its_fee()
    {
        var resident = app.Pages();
        await resident.LoginAsync("miyama", "resident");
        var review = await resident.PostMultipartAsync("/miyama/apply/juminhyo-copy", "/miyama/apply/juminhyo-copy?handler=Review", new Dictionary<string, string>
        {
            ["fullName"] = "みやま 太郎", ["fullNameKana"] = "みやま たろう", ["birthDate"] = "1980-01-01", ["postalCode"] = "835-0024",
            ["address"] = "みやま市瀬高町下庄1", ["phone"] = "0944-64-1111", ["target"] = "household", ["copies"] = "2", ["purpose"] = "car",
        });
        Assert.Equal(HttpStatusCode.Redirect, review.Status);
        var confirm = await resident.GetAsync(review.Location!);
        Assert.Contains("600円", confirm.Text);
        Assert.Contains("1980年1月1日（昭和55年）", confirm.Text);
    }

    [GeneratedRegex(@"/applications/([0-9]{4}-[0-9]{6})")]
    private static partial Regex ReceiptPattern();
}

public sealed class ApplicationsOnSqlite(SqliteApp app) : ApplicationScenarios<SqliteApp>(app);

public sealed class ApplicationsOnPostgres(PostgresApp app) : ApplicationScenarios<PostgresApp>(app);
