using System.Net;
using System.Text.RegularExpressions;
using MachiDx.Procedures.Applications;
using MachiDx.Procedures.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Procedures;

/// <summary>
/// 水道使用中止届, 職員採用試験 and 研修・講習の申込 are completed online like the other forms: a valid
/// submission gets a receipt number and reaches the owning department; bad input gets a field error and saves nothing.
/// </summary>
public abstract partial class NewFormScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01];

    private string InDays(int days) => app.Clock.Day(days);

    private Dictionary<string, string> WaterStop() => new()
    {
        ["fullName"] = "大川 花子", ["fullNameKana"] = "おおかわ はなこ", ["postalCode"] = "831-0016", ["address"] = "大川市大字酒見256番地1",
        ["phone"] = "0944-87-2101", ["email"] = "hanako@example.jp", ["customerNumber"] = "0123456789", ["stopDate"] = InDays(7),
        ["reason"] = "moving", ["meterReading"] = "presence", ["presenceNote"] = "中止日の午前中。メーターは玄関横の物置の中です。",
        ["payment"] = "slip", ["billPostalCode"] = "824-0005", ["billAddress"] = "行橋市中央1丁目1番1号",
    };

    private static Dictionary<string, string> StaffExam() => new()
    {
        ["exam"] = "hokenshi", ["fullName"] = "行橋 一郎", ["fullNameKana"] = "ゆくはし いちろう", ["birthDate"] = "2003-05-10",
        ["postalCode"] = "824-0005", ["address"] = "行橋市中央1丁目1番1号", ["phone"] = "0930-25-1111", ["email"] = "ichiro@example.jp",
        ["education"] = "university", ["schoolName"] = "福岡県立大学", ["faculty"] = "看護学部", ["graduation"] = "expected",
        ["graduationYear"] = "2027", ["license"] = "expected", ["accommodation"] = "none", ["eligibility"] = "true", ["truthful"] = "true",
    };

    private Dictionary<string, string> Course() => new()
    {
        ["course"] = "smartphone", ["date"] = InDays(30), ["session"] = "am", ["fullName"] = "みやま 太郎", ["fullNameKana"] = "みやま たろう",
        ["postalCode"] = "835-0024", ["address"] = "みやま市瀬高町下庄1", ["phone"] = "0944-64-1111", ["email"] = "taro@example.jp",
        ["ageGroup"] = "70plus", ["attendance"] = "with-others", ["participants"] = "2", ["companions"] = "みやま 花子（70歳）",
        ["childcare"] = "no", ["heardFrom"] = "kouhou",
    };

    private async Task<PageClient> ResidentAsync(string city)
    {
        var pages = app.Pages();
        await pages.LoginAsync(city, "resident");
        return pages;
    }

    private static async Task<string> ApplyAsync(PageClient pages, string city, string code, Dictionary<string, string> fields, IEnumerable<(string, string, byte[])>? files = null)
    {
        var review = await pages.PostMultipartAsync($"/{city}/apply/{code}", $"/{city}/apply/{code}?handler=Review", fields, files);
        Assert.True(review.Status == HttpStatusCode.Redirect, $"review failed {(int)review.Status}:\n{review.Text}");
        var confirm = await pages.SubmitAsync($"/{city}/apply/{code}/confirm", new Dictionary<string, string>());
        Assert.True(confirm.Status == HttpStatusCode.Redirect, $"submit failed {(int)confirm.Status}:\n{confirm.Text}");
        return ReceiptPattern().Match(confirm.Location!).Groups[1].Value;
    }

    private Task<int> CountAsync(string city, string code) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<ProceduresDbContext>().Applications.CountAsync(a => a.ProcedureCode == code));

    private async Task AssertReachesDepartmentAsync(string city, string staffLocal, string code, string receipt)
    {
        var stored = await app.WithScopeAsync(city, sp => sp.GetRequiredService<ProceduresDbContext>().Applications.AsNoTracking().SingleAsync(a => a.ReceiptNumber == receipt));
        Assert.Equal(code, stored.ProcedureCode);
        Assert.Equal(ApplicationStatus.Submitted, stored.Status);
        var staff = app.Pages();
        await staff.LoginAsync(city, staffLocal);
        Assert.Contains(receipt, (await staff.GetAsync($"/{city}/staff/applications")).Text);
    }

    [Fact]
    public async Task A_water_stop_notice_is_received_with_the_final_bill_address()
    {
        var resident = await ResidentAsync("okawa");
        var receipt = await ApplyAsync(resident, "okawa", "suido-chushi", WaterStop());
        Assert.Matches(@"^\d{4}-\d{6}$", receipt);
        var page = await resident.GetAsync($"/okawa/applications/{receipt}?submitted=true");
        Assert.Contains("申請を受け付けました", page.Text);
        Assert.Contains("行橋市中央1丁目1番1号", page.Text);
        await AssertReachesDepartmentAsync("okawa", "suido01", "suido-chushi", receipt);
    }

    [Fact]
    public async Task A_water_stop_date_in_the_past_is_a_field_error_and_nothing_is_saved()
    {
        var resident = await ResidentAsync("okawa");
        var before = await CountAsync("okawa", "suido-chushi");
        var fields = WaterStop();
        fields["stopDate"] = InDays(-3);
        fields.Remove("presenceNote");
        var review = await resident.PostMultipartAsync("/okawa/apply/suido-chushi", "/okawa/apply/suido-chushi?handler=Review", fields);
        Assert.Equal(HttpStatusCode.OK, review.Status);
        Assert.Contains("使用中止日（最後に水道を使う日）は", review.Text);
        Assert.Contains("以降の日付を入力してください。", review.Text);
        Assert.Contains("立会いができる日時とメーターの場所を入力してください。", review.Text);
        Assert.Contains("aria-invalid=\"true\"", review.Html);
        Assert.Equal(before, await CountAsync("okawa", "suido-chushi"));
    }

    [Fact]
    public async Task A_recruitment_exam_application_with_a_photo_is_received()
    {
        var resident = await ResidentAsync("yukuhashi");
        var receipt = await ApplyAsync(resident, "yukuhashi", "shokuin-saiyo", StaffExam(), [("photo", "face.jpg", Jpeg)]);
        var stored = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ProceduresDbContext>().Applications.AsNoTracking().SingleAsync(a => a.ReceiptNumber == receipt));
        Assert.Contains("face.jpg", stored.ValuesJson);
        Assert.Contains("\"license\":\"expected\"", stored.ValuesJson);
        await AssertReachesDepartmentAsync("yukuhashi", "somu01", "shokuin-saiyo", receipt);
    }

    [Fact]
    public async Task A_recruitment_exam_application_without_the_declarations_or_a_photo_is_refused()
    {
        var resident = await ResidentAsync("yukuhashi");
        var before = await CountAsync("yukuhashi", "shokuin-saiyo");
        var fields = StaffExam();
        fields.Remove("eligibility");
        fields.Remove("license");
        var review = await resident.PostMultipartAsync("/yukuhashi/apply/shokuin-saiyo", "/yukuhashi/apply/shokuin-saiyo?handler=Review", fields,
            [("photo", "face.png", "MZ\x90\0not an image"u8.ToArray())]);
        Assert.Equal(HttpStatusCode.OK, review.Status);
        Assert.Contains("地方公務員法第16条の欠格条項に該当せず、募集要項の受験資格を満たしていますを確認してチェックを入れてください。", review.Text);
        Assert.Contains("保健師・保育士の資格を選んでください。", review.Text);
        Assert.Contains("顔写真は JPG・JPEG・PNG のファイルを選んでください。", review.Text);
        Assert.Equal(before, await CountAsync("yukuhashi", "shokuin-saiyo"));
    }

    [Fact]
    public async Task A_course_application_is_received_and_too_many_participants_is_a_field_error()
    {
        var resident = await ResidentAsync("miyama");
        var receipt = await ApplyAsync(resident, "miyama", "kenshu-event", Course());
        await AssertReachesDepartmentAsync("miyama", "kikaku01", "kenshu-event", receipt);

        var before = await CountAsync("miyama", "kenshu-event");
        var fields = Course();
        fields["participants"] = "9";
        var review = await resident.PostMultipartAsync("/miyama/apply/kenshu-event", "/miyama/apply/kenshu-event?handler=Review", fields);
        Assert.Equal(HttpStatusCode.OK, review.Status);
        Assert.Contains("参加人数（ご本人を含む）は2から4までの数で入力してください。", review.Text);
        Assert.Equal(before, await CountAsync("miyama", "kenshu-event"));
    }

    [GeneratedRegex(@"/applications/([0-9]{4}-[0-9]{6})")]
    private static partial Regex ReceiptPattern();
}

public sealed class NewFormsOnSqlite(SqliteApp app) : NewFormScenarios<SqliteApp>(app);

public sealed class NewFormsOnPostgres(PostgresApp app) : NewFormScenarios<PostgresApp>(app);
