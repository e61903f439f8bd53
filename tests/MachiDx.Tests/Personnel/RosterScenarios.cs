using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MachiDx.Tests.Infrastructure;

namespace MachiDx.Tests.Personnel;

/// <summary>CSV import is HR-only and all-or-nothing, with a Japanese error per bad row (line and field); HR edits a person.</summary>
public abstract class RosterScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "miyama";

    private static async Task<Page> UploadAsync(PageClient client, string staff, string? records = null)
    {
        var form = await client.GetAsync($"/{City}/staff/personnel/roster/import");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.AntiforgeryToken()), "__RequestVerificationToken" },
        };
        var staffFile = new ByteArrayContent(Encoding.UTF8.GetBytes(staff));
        staffFile.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(staffFile, "staffFile", "staff.csv");
        if (records is not null)
        {
            var recordsFile = new ByteArrayContent(Encoding.UTF8.GetBytes(records));
            recordsFile.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(recordsFile, "recordsFile", "records.csv");
        }

        using var response = await client.Http.PostAsync($"/{City}/staff/personnel/roster/import", content);
        return new Page(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Bad_rows_get_a_japanese_error_each_and_nothing_is_imported()
    {
        var hr = app.Pages();
        await hr.LoginAsync(City, "hr");
        var before = await app.CountAsync(City, db => db.Staff);
        const string staff = "職員番号,氏名,かな,所属,生年月日,採用日,職種,雇用区分,休職\n" +
            "9001,良い 行,よい ぎょう,shimin,1995-04-01,2020-04-01,一般事務,正規,\n" +
            "9002,,わるい,nowhere,1995-13-01,2020-04-01,一般事務,アルバイト,\n" +
            "9001,重複 行,ちょうふく,税務課,1995-04-01,2020-04-01,一般事務,正規,\n";
        const string records = "職員番号,種別,年度または年月,値,区分\n9001,評価,2025,6,Z\n9999,残業,2026-03,10,\n";
        var result = await UploadAsync(hr, staff, records);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, result.Status);
        var text = result.Text;
        Assert.Contains("職員名簿 3行目: 氏名が空欄です。", text);
        Assert.Contains("職員名簿 3行目: 所属「nowhere」は部署コードまたは部署名として登録されていません。", text);
        Assert.Contains("職員名簿 3行目: 生年月日「1995-13-01」は日付として読めません", text);
        Assert.Contains("職員名簿 3行目: 雇用区分「アルバイト」", text);
        Assert.Contains("職員名簿 4行目: 職員番号「9001」がファイル内で重複しています。", text);
        Assert.Contains("評価・残業 2行目: 評価の値「6」は1.0〜5.0", text);
        Assert.Contains("評価・残業 2行目: 区分「Z」", text);
        Assert.Contains("評価・残業 3行目: 職員番号「9999」は名簿にも", text);
        Assert.Equal(before, await app.CountAsync(City, db => db.Staff));
    }

    [Fact]
    public async Task A_good_file_is_imported_with_evaluations_and_overtime_and_staff_cannot_import()
    {
        var hr = app.Pages();
        await hr.LoginAsync(City, "hr");
        const string staff = "\uFEFF職員番号,氏名,かな,所属,生年月日,採用日,職種,雇用区分,休職\r\n" +
            "8001,\"みやま, 花子\",みやま はなこ,市民課,1998-02-28,2023-04-01,一般事務,正規,\r\n" +
            "8002,みやま 太郎,みやま たろう,zeimu,1980-01-01,2005-04-01,土木技術,任期付,休職\r\n";
        var result = await UploadAsync(hr, staff, "職員番号,種別,年度または年月,値,区分\n8001,評価,2025,4.0,A\n8001,残業,2026-03,12.5,\n");
        Assert.True(result.Status == HttpStatusCode.Redirect, result.Html);
        var person = await app.PersonAsync(City, "8001");
        Assert.Equal("みやま, 花子", person.FullName);
        Assert.Equal("shimin", person.DepartmentCode);
        Assert.Equal(4.0, Assert.Single(person.Evaluations).Score);
        Assert.True((await app.PersonAsync(City, "8002")).OnLeave);

        var staffClient = app.Pages();
        await staffClient.LoginAsync(City, "staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await staffClient.GetAsync($"/{City}/staff/personnel/roster/import")).Status);
    }

    [Fact]
    public async Task Hr_edits_a_person_and_the_eligibility_explanation_follows()
    {
        var hr = app.Pages();
        await hr.LoginAsync(City, "hr");
        var person = await app.LinkedAsync(City, "kankyo");
        var path = $"/{City}/staff/personnel/roster/{person.Id}";
        var fields = new Dictionary<string, string>
        {
            ["Input.FullName"] = person.FullName, ["Input.FullNameKana"] = person.FullNameKana, ["Input.DepartmentCode"] = "kankyo",
            ["Input.BirthDate"] = "1980-01-01", ["Input.HireDate"] = "2000-04-01", ["Input.JobType"] = "一般事務",
            ["Input.Employment"] = "FiscalYearAppointee", ["Input.OnLeave"] = "true", ["Input.IsSelector"] = "false",
        };
        var bad = await hr.SubmitAsync(path, new Dictionary<string, string>(fields) { ["Input.HireDate"] = "2001-04-01", ["Input.BirthDate"] = "1995-01-01", ["Input.DepartmentCode"] = "nowhere" });
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Equal("所属を一覧から選んでください。", bad.FieldError("Input_DepartmentCode"));
        Assert.Equal("採用日が生年月日から15年未満です。日付を確認してください。", bad.FieldError("Input_HireDate"));
        Assert.Equal(person.HireDate, (await app.PersonAsync(City, person.StaffNumber)).HireDate);

        var saved = await hr.SubmitAsync(path, fields);
        Assert.True(saved.Status == HttpStatusCode.Redirect, saved.Html);
        var page = await hr.GetAsync(path);
        Assert.Contains("休職中のため対象外です。", page.Text);
        Assert.Contains("会計年度任用職員は対象外です。", page.Text);
        var updated = await app.PersonAsync(City, person.StaffNumber);
        Assert.True(updated.OnLeave);
        Assert.Equal(new DateOnly(2000, 4, 1), updated.HireDate);
    }
}

public sealed class RosterOnSqlite(SqliteApp app) : RosterScenarios<SqliteApp>(app);

public sealed class RosterOnPostgres(PostgresApp app) : RosterScenarios<PostgresApp>(app);
