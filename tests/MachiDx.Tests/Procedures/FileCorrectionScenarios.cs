using System.Net;
using System.Text.Json.Nodes;
using MachiDx.Procedures.Applications;
using MachiDx.Procedures.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Procedures;

/// <summary>
/// 補正 of a file field: staff flag the attachment, the resident uploads a replacement (same type and size rules as
/// the application); the replaced file stays stored. A wrong type or an oversize file is a Japanese field error and
/// changes nothing.
/// </summary>
public abstract class FileCorrectionScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private Dictionary<string, string> Dog => new()
    {
        ["fullName"] = "大川 花子", ["fullNameKana"] = "おおかわ はなこ", ["postalCode"] = "831-0016", ["address"] = "大川市大字酒見256番地1",
        ["phone"] = "0944-87-2101", ["dogName"] = "ポチ", ["breed"] = "柴", ["color"] = "茶", ["sex"] = "male",
        ["rabiesDate"] = app.Clock.Day(-10),
    };

    [Fact]
    public async Task A_flagged_file_is_replaced_and_the_old_one_stays_stored()
    {
        var (resident, receipt) = await ApplyAndFlagAsync();
        var before = await ApplicationAsync(receipt);

        var replaced = await resident.PostMultipartAsync($"/okawa/applications/{receipt}", $"/okawa/applications/{receipt}?handler=Correct",
            [new("dogName", "タロウ")], [("rabiesCertificate", "new-cert.pdf", "%PDF-1.7 replacement"u8.ToArray())]);
        Assert.True(replaced.Status == HttpStatusCode.Redirect, replaced.Text);

        var after = await ApplicationAsync(receipt);
        Assert.Equal(ApplicationStatus.UnderReview, after.Status);
        var value = JsonNode.Parse(after.ValuesJson)!["rabiesCertificate"]!;
        Assert.Equal("new-cert.pdf", value["fileName"]!.GetValue<string>());
        Assert.Equal("ポチ", JsonNode.Parse(after.ValuesJson)!["dogName"]!.GetValue<string>());
        var files = await FilesAsync(after.Id);
        Assert.Equal(2, files.Count);
        Assert.Contains(files, f => f.Id.ToString() == value["storedFileId"]!.GetValue<string>() && f.FileName == "new-cert.pdf");
        Assert.Contains(files, f => f.FileName == "cert.pdf");
        Assert.NotEqual(before.ValuesJson, after.ValuesJson);
    }

    [Fact]
    public async Task A_wrong_type_or_oversize_replacement_is_a_japanese_error_and_changes_nothing()
    {
        var (resident, receipt) = await ApplyAndFlagAsync();
        var before = await ApplicationAsync(receipt);
        var big = new byte[6 * 1024 * 1024];
        "%PDF-1.7"u8.CopyTo(big);
        foreach (var (name, content, error) in new[]
        {
            ("virus.pdf", "MZ\x90\0binary"u8.ToArray(), "狂犬病予防注射済証は PDF"),
            ("big.pdf", big, "狂犬病予防注射済証のファイルは5MB以下にしてください。"),
        })
        {
            var page = await resident.PostMultipartAsync($"/okawa/applications/{receipt}", $"/okawa/applications/{receipt}?handler=Correct",
                [], [("rabiesCertificate", name, content)]);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.StartsWith(error, page.FieldError("f-rabiesCertificate"), StringComparison.Ordinal);
            var after = await ApplicationAsync(receipt);
            Assert.Equal(ApplicationStatus.CorrectionRequested, after.Status);
            Assert.Equal(before.ValuesJson, after.ValuesJson);
            Assert.Single(await FilesAsync(after.Id));
        }
    }

    private async Task<(PageClient Resident, string Receipt)> ApplyAndFlagAsync()
    {
        var resident = app.Pages();
        await resident.LoginAsync("okawa", "resident");
        var review = await resident.PostMultipartAsync("/okawa/apply/inu-toroku", "/okawa/apply/inu-toroku?handler=Review", Dog,
            [("rabiesCertificate", "cert.pdf", "%PDF-1.7 original"u8.ToArray())]);
        Assert.True(review.Status == HttpStatusCode.Redirect, review.Text);
        var confirm = await resident.SubmitAsync("/okawa/apply/inu-toroku/confirm", new Dictionary<string, string>());
        Assert.True(confirm.Status == HttpStatusCode.Redirect, confirm.Text);
        var receipt = System.Text.RegularExpressions.Regex.Match(confirm.Location!, @"/applications/([0-9-]+)").Groups[1].Value;

        var staff = app.Pages();
        await staff.LoginAsync("okawa", "kankyo01");
        await staff.SubmitAsync($"/okawa/staff/applications/{receipt}", new Dictionary<string, string> { ["to"] = "Accepted" }, $"/okawa/staff/applications/{receipt}?handler=Move");
        await staff.SubmitAsync($"/okawa/staff/applications/{receipt}", new Dictionary<string, string>
        {
            ["fields"] = "rabiesCertificate",
            ["comment-rabiesCertificate"] = "注射済証の画像が読み取れません。撮り直してください。",
        }, $"/okawa/staff/applications/{receipt}?handler=Correction");
        Assert.Equal(ApplicationStatus.CorrectionRequested, (await ApplicationAsync(receipt)).Status);
        var page = await resident.GetAsync($"/okawa/applications/{receipt}");
        Assert.Contains("name=\"rabiesCertificate\"", page.Html, StringComparison.Ordinal);
        return (resident, receipt);
    }

    private Task<Application> ApplicationAsync(string receipt) =>
        app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ProceduresDbContext>().Applications.AsNoTracking().SingleAsync(a => a.ReceiptNumber == receipt));

    private Task<List<StoredFile>> FilesAsync(Guid applicationId) =>
        app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ProceduresDbContext>().StoredFiles.AsNoTracking().Where(f => f.ApplicationId == applicationId).ToListAsync());
}

public sealed class FileCorrectionOnSqlite(SqliteApp app) : FileCorrectionScenarios<SqliteApp>(app);
