using System.Net;
using System.Text;
using System.Text.Json;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Postal;
using MachiDx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Platform;

/// <summary>
/// The postal code directory through HTTP: the lookup API (found, unknown, malformed), the platform administrator's
/// KEN_ALL.CSV import (Shift_JIS, a town continued over rows, all-or-nothing on a malformed line) and who may import.
/// </summary>
public abstract class PostalScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Fact]
    public async Task A_bundled_demo_code_returns_its_candidate_addresses()
    {
        using var response = await app.Api().GetAsync("/api/v1/postal/831-0016");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("8310016", body.GetProperty("code").GetString());
        var candidate = Assert.Single(body.GetProperty("candidates").EnumerateArray());
        Assert.Equal("福岡県", candidate.GetProperty("prefecture").GetString());
        Assert.Equal("大川市", candidate.GetProperty("city").GetString());
        Assert.StartsWith("福岡県大川市", candidate.GetProperty("address").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_code_is_404_and_a_malformed_code_is_a_400_problem()
    {
        var api = app.Api();
        using var unknown = await api.GetAsync("/api/v1/postal/0000001");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        foreach (var bad in new[] { "12345", "abcdefg", "83100161" })
        {
            using var malformed = await api.GetAsync("/api/v1/postal/" + bad);
            var problem = await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("郵便番号", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_same_ken_all_imported_eight_times_at_once_leaves_its_addresses_once()
    {
        var admin = await PlatformAdminAsync();
        try
        {
            var token = (await admin.GetAsync("/admin/postal")).AntiforgeryToken();
            var bytes = KenAllSample.Bytes(KenAllSample.Valid);
            var answers = await AtOnce.RunAsync(8, async _ =>
            {
                using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(bytes), "file", "KEN_ALL.CSV" } };
                using var response = await admin.Http.PostAsync("/admin/postal", content);
                return response.StatusCode;
            });

            // Each copy replaced the directory in turn: the file's three addresses, not one set per copy.
            Assert.All(answers, status => Assert.Equal(HttpStatusCode.Redirect, status));
            Assert.Equal(3, await CountAsync());
        }
        finally
        {
            await app.WithScopeAsync<int>(null, async sp =>
            {
                await sp.GetRequiredService<PostalDirectory>().ReplaceAllAsync(PostalDirectory.ReadBundled(), CancellationToken.None);
                return 0;
            });
        }
    }

    [Fact]
    public async Task The_platform_administrator_imports_ken_all_and_a_continued_town_becomes_one_address()
    {
        var admin = await PlatformAdminAsync();
        try
        {
            var page = await admin.PostMultipartAsync("/admin/postal", "/admin/postal", [], [("file", "KEN_ALL.CSV", KenAllSample.Bytes(KenAllSample.Valid))]);
            Assert.True(page.Status == HttpStatusCode.Redirect, page.Text);
            Assert.Equal(3, await CountAsync());

            using var merged = await app.Api().GetAsync("/api/v1/postal/9999901");
            await merged.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var candidate = Assert.Single(JsonDocument.Parse(await merged.Content.ReadAsStringAsync()).RootElement.GetProperty("candidates").EnumerateArray());
            Assert.Equal("テスト町", candidate.GetProperty("town").GetString());
            Assert.Equal("テストチョウ", candidate.GetProperty("townKana").GetString());

            using var wholeCity = await app.Api().GetAsync("/api/v1/postal/8310000");
            var city = Assert.Single(JsonDocument.Parse(await wholeCity.Content.ReadAsStringAsync()).RootElement.GetProperty("candidates").EnumerateArray());
            Assert.Equal("", city.GetProperty("town").GetString());
            Assert.Equal("福岡県大川市", city.GetProperty("address").GetString());

            // The bundled demo codes were replaced, not kept alongside.
            using var gone = await app.Api().GetAsync("/api/v1/postal/8240005");
            await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
        finally
        {
            await app.WithScopeAsync<int>(null, async sp =>
            {
                await sp.GetRequiredService<PostalDirectory>().ReplaceAllAsync(PostalDirectory.ReadBundled(), CancellationToken.None);
                return 0;
            });
        }
    }

    [Fact]
    public async Task A_malformed_line_imports_nothing_and_names_the_line_in_japanese()
    {
        var before = await CountAsync();
        var admin = await PlatformAdminAsync();
        var lines = KenAllSample.Valid.Concat(["\"40207\",\"831  \",\"83100\",\"ﾌｸｵｶｹﾝ\",\"ｵｵｶﾜｼ\",\"ｻｹﾐ\",\"福岡県\",\"大川市\",\"酒見\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\""]).ToArray();
        var page = await admin.PostMultipartAsync("/admin/postal", "/admin/postal", [], [("file", "KEN_ALL.CSV", KenAllSample.Bytes(lines))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("5行目: 郵便番号（3列目）が7桁の数字ではありません。", page.Text, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
        using var still = await app.Api().GetAsync("/api/v1/postal/8310016");
        await still.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_the_platform_administrator_may_import()
    {
        foreach (var local in new[] { "admin", "resident" })
        {
            var pages = app.Pages();
            await pages.LoginAsync("okawa", local);
            Assert.Equal(HttpStatusCode.Forbidden, (await pages.GetAsync("/admin/postal")).Status);
        }
    }

    private async Task<PageClient> PlatformAdminAsync()
    {
        var admin = app.Pages();
        var login = await admin.SubmitAsync("/admin/login", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoDataSeeder.PlatformAdminEmail,
            ["Input.Password"] = DemoOptions.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.Status);
        return admin;
    }

    private Task<int> CountAsync() =>
        app.WithScopeAsync(null, sp => sp.GetRequiredService<PostalDirectory>().CountAsync(CancellationToken.None));
}

/// <summary>A KEN_ALL.CSV-shaped sample (fictional codes 99999xx), encoded as Shift_JIS like the real file.</summary>
internal static class KenAllSample
{
    public static readonly string[] Valid =
    [
        "\"40207\",\"831  \",\"8310000\",\"ﾌｸｵｶｹﾝ\",\"ｵｵｶﾜｼ\",\"ｲｶﾆｹｲｻｲｶﾞﾅｲﾊﾞｱｲ\",\"福岡県\",\"大川市\",\"以下に掲載がない場合\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\"",
        "\"99999\",\"999  \",\"9999901\",\"ﾃｽﾄｹﾝ\",\"ﾃｽﾄｼ\",\"ﾃｽﾄﾁｮｳ(ｲｯﾁｮｳﾒ､ﾆﾁｮｳﾒ､\",\"テスト県\",\"テスト市\",\"テスト町（一丁目、二丁目、\",\"0\",\"0\",\"1\",\"0\",\"0\",\"0\"",
        "\"99999\",\"999  \",\"9999901\",\"ﾃｽﾄｹﾝ\",\"ﾃｽﾄｼ\",\"ｻﾝﾁｮｳﾒ)\",\"テスト県\",\"テスト市\",\"三丁目）\",\"0\",\"0\",\"1\",\"0\",\"0\",\"0\"",
        "\"99999\",\"999  \",\"9999902\",\"ﾃｽﾄｹﾝ\",\"ﾃｽﾄｼ\",\"ﾐﾅﾐﾏﾁ\",\"テスト県\",\"テスト市\",\"南町\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\"",
    ];

    public static byte[] Bytes(IEnumerable<string> lines)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932).GetBytes(string.Join("\r\n", lines) + "\r\n");
    }
}

public sealed class KenAllParserTests
{
    [Fact]
    public void A_town_continued_over_rows_is_merged_and_its_annotation_dropped()
    {
        var result = KenAllParser.Parse(KenAllSample.Bytes(KenAllSample.Valid));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(
            [("8310000", "大川市", ""), ("9999901", "テスト市", "テスト町"), ("9999902", "テスト市", "南町")],
            result.Records.Select(r => (r.Code, r.City, r.Town)).ToList());
        Assert.Equal("フクオカケン", result.Records[0].PrefectureKana);
        Assert.Null(result.Records[0].TownKana);
    }

    [Fact]
    public void An_unclosed_parenthesis_and_a_short_line_are_errors_with_line_numbers_and_no_records()
    {
        var lines = new[]
        {
            KenAllSample.Valid[1],
            KenAllSample.Valid[3],
            "\"99999\",\"999  \",\"9999903\",\"ﾃｽﾄｹﾝ\"",
        };
        var result = KenAllParser.Parse(KenAllSample.Bytes(lines));
        Assert.False(result.Succeeded);
        Assert.Empty(result.Records);
        Assert.Equal(["1行目: 町域名の「（」が閉じられないまま、次の郵便番号の行になっています。", "3行目: 項目の数が15ではありません（4項目）。KEN_ALL.CSV（読み仮名データの促音・拗音を小書きで表記しないもの）を選んでください。"], result.Errors);
    }

    [Theory]
    [InlineData("831-0016", "8310016")]
    [InlineData("８３１－００１６", "8310016")]
    [InlineData("〒8310016", "8310016")]
    [InlineData("83-10016", null)]
    [InlineData("831001", null)]
    public void Postal_codes_are_normalised(string raw, string? expected) =>
        Assert.Equal(expected, PostalDirectory.Normalize(raw));
}

public sealed class PostalOnSqlite(SqliteApp app) : PostalScenarios<SqliteApp>(app);

public sealed class PostalOnPostgres(PostgresApp app) : PostalScenarios<PostgresApp>(app);
