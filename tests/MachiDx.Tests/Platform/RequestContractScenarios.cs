using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MachiDx.Activities.Data;
using MachiDx.Insight.Data;
using MachiDx.Insight.Inventory;
using MachiDx.Platform.Data;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Identity.Login;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Activities;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Platform;

/// <summary>
/// What API clients and browsers rely on beyond status codes (issue 16, item 4): personal answers are never cached,
/// exports cannot smuggle formulas, hostile characters are refused whatever the body size, paging parameters have
/// bounds, sign-in does not reveal who is registered, and notices come from the server, not the address bar.
/// </summary>
public abstract class RequestContractScenarios<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp>
    where TApp : RequestContractApp
{
    private const string Marker = "PHISHMARK7731";

    [Fact]
    public async Task Every_api_answer_to_a_signed_in_caller_and_the_token_and_registration_answers_are_not_stored()
    {
        // The anonymous answers that carry a person's data.
        var email = Residents.UniqueEmail("nostore");
        using (var registered = await app.Api().PostAsync("/api/v1/okawa/auth/register", Residents.RegistrationBody(email)))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            AssertNoStore(registered, "POST register");
        }

        using (var token = await app.Api().PostAsync("/api/v1/okawa/auth/token", new { email, password = "correct-horse-42" }))
        {
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
            Assert.True((await token.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("accessToken", out _));
            AssertNoStore(token, "POST token");
        }

        // The resident's own data, by value.
        var resident = await app.Api().SignInAsync("okawa", email, "correct-horse-42");
        foreach (var path in new[] { "/api/v1/okawa/me", "/api/v1/okawa/wallet", "/api/v1/okawa/applications" })
        {
            using var response = await resident.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertNoStore(response, "GET " + path);
        }

        using (var me = await resident.GetAsync("/api/v1/okawa/me"))
        {
            Assert.Equal("行橋市中央1丁目1番1号", (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("address").GetString());
        }

        // Every API operation the document lists, as every kind of signed-in caller: whatever the status (200, 403,
        // 404, 400), an answer to a signed-in caller is never stored.
        var operations = await ApiOperationsAsync();
        var missing = new List<string>();
        var checkedCalls = 0;
        foreach (var local in AccessMatrix.CityCallers)
        {
            var api = await app.Api().SignInAsync("okawa", local);
            foreach (var (method, template) in operations)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), AuthorizationMatrixScenarios.Concrete(template));
                if (method != "GET")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await api.Http.SendAsync(request);
                checkedCalls++;
                if (response.StatusCode != HttpStatusCode.Unauthorized && response.Headers.CacheControl?.NoStore != true)
                {
                    missing.Add($"{method} {template} as {local}: {(int)response.StatusCode}, Cache-Control: {response.Headers.CacheControl}");
                }
            }
        }

        output.WriteLine($"{checkedCalls} signed-in API calls checked for Cache-Control: no-store.");
        Assert.True(missing.Count == 0, "Signed-in API answers without Cache-Control: no-store:\n" + string.Join('\n', missing));

        // Public answers may be cached.
        using var cities = await app.Api().GetAsync("/api/v1/municipalities");
        Assert.False(cities.Headers.CacheControl?.NoStore == true);
    }

    [Fact]
    public async Task A_csv_export_neutralises_every_formula_start_and_keeps_a_negative_number_a_number()
    {
        const int year = 2041;
        await app.WithScopeAsync("okawa", async sp =>
        {
            var tenant = sp.GetRequiredService<TenantContext>().Required;
            var department = await sp.GetRequiredService<PlatformDbContext>().Departments.AsNoTracking()
                .Where(d => d.MunicipalityId == tenant.Id).OrderBy(d => d.Code).Select(d => d.Code).FirstAsync();
            var db = sp.GetRequiredService<InsightDbContext>();
            db.Tasks.Add(new WorkTask
            {
                Id = Guid.CreateVersion7(), MunicipalityId = tenant.Id, FiscalYear = year, DepartmentCode = department,
                Major = "-1+cmd|' /C calc'!A0", Middle = "@SUM(A1)", Name = "-2+3", BusyMonths = 1, BusyCasesPerMonth = -1.5,
                NormalMonths = 11, NormalCasesPerMonth = 2, MinutesPerCase = 10, People = 1, LegalBasis = "=HYPERLINK(\"http://x\")",
                UpdatedAtUtc = app.Clock.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var dx = app.Pages();
        await dx.LoginAsync("okawa", "admin");
        using var csv = await dx.Http.GetAsync($"/okawa/staff/insight/inventory?handler=Csv&fy={year}");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.True(csv.StatusCode == HttpStatusCode.OK, text);
        var row = Assert.Single(text.Split("\r\n"), l => l.Contains("-2+3", StringComparison.Ordinal));
        var fields = row.Split(',');
        Assert.Contains("'-2+3", fields);
        Assert.Contains("'-1+cmd|' /C calc'!A0", fields);
        Assert.Contains("'@SUM(A1)", fields);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", fields);
        Assert.Contains("-1.5", fields); // the code's own number stays a number
    }

    [Fact]
    public void Every_csv_writer_follows_the_one_formula_rule()
    {
        Assert.Equal("'-2+3,'-1+cmd|' /C calc'!A0,'=1,'+1,'@A1,'\t1,\"'\r1\",-1500,-2.5,0,'-,'-1.,'--1,'-1e5\r\n",
            MachiDx.Platform.Files.CsvText.Line(["-2+3", "-1+cmd|' /C calc'!A0", "=1", "+1", "@A1", "\t1", "\r1", "-1500", "-2.5", "0", "-", "-1.", "--1", "-1e5"]));
        Assert.Equal("'-2+3", MachiDx.Procedures.Kpi.Report.KpiText.CsvField("-2+3"));
        Assert.Equal("-42", MachiDx.Procedures.Kpi.Report.KpiText.CsvField("-42"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_nul_character_is_refused_in_a_json_body_of_any_size(bool lengthKnown)
    {
        var email = Residents.UniqueEmail("nul");
        using (var registered = await app.Api().PostAsync("/api/v1/okawa/auth/register", Residents.RegistrationBody(email)))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        var api = await app.Api().SignInAsync("okawa", email, "correct-horse-42");
        // Over the guard's in-memory size (1 MiB): JSON allows any amount of whitespace between tokens.
        var json = "{\"postalCode\":\"831-0016\",\"address\":\"大川市\\u0000酒見\"," + new string(' ', 1_200_000) + "\"phone\":\"0944-87-2101\"}";
        using var content = lengthKnown ? (HttpContent)new StringContent(json, Encoding.UTF8, "application/json") : new UnknownLengthContent(Encoding.UTF8.GetBytes(json));
        using var refused = await api.Http.PutAsync("/api/v1/okawa/me", content);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("NUL", problem.GetProperty("title").GetString(), StringComparison.Ordinal);

        using var me = await api.GetAsync("/api/v1/okawa/me");
        var address = (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("address").GetString();
        Assert.Equal("行橋市中央1丁目1番1号", address);
    }

    [Fact]
    public async Task Direction_controls_are_refused_in_names_with_a_japanese_field_error_and_nothing_is_created()
    {
        var email = Residents.UniqueEmail("bidi");
        var body = Residents.RegistrationBody(email);
        var json = JsonSerializer.SerializeToNode(body)!.AsObject();
        json["fullName"] = "行橋\u202Eおうろい";
        using (var refused = await app.Api().PostAsync("/api/v1/okawa/auth/register", json))
        {
            var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("文字の向き", problem.GetProperty("errors").GetProperty("fullName")[0].GetString(), StringComparison.Ordinal);
        }

        var form = Residents.RegistrationForm(email);
        form["Input.FullName"] = "大川\u2066花子\u2069";
        var page = await app.Pages().SubmitAsync("/okawa/register", form);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("文字の向き", page.FieldError("Input_FullName"), StringComparison.Ordinal);
        Assert.Null(await app.WithScopeAsync(null, sp => sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(AppUser.QualifiedUserName("okawa", email))));

        // A department (a group's name) by API: refused, not created.
        var admin = await app.Api().SignInAsync("okawa", "admin");
        using (var department = await admin.PostAsync("/api/v1/okawa/departments", new { code = "bidi-test", name = "市民\u202B課" }))
        {
            var problem = await department.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("文字の向き", problem.GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);
        }

        Assert.False(await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<PlatformDbContext>().Departments.AnyAsync(d => d.Code == "bidi-test")));
    }

    [Fact]
    public void Direction_controls_are_stripped_from_upload_file_names()
    {
        Assert.Equal("写真gpj.exe", MachiDx.Procedures.Forms.Engine.FormEvaluator.SafeFileName("写真\u202Egpj.exe"));
        Assert.Equal("a.pdf", MachiDx.Procedures.Forms.Engine.FormEvaluator.SafeFileName("\u2066a\u2069.pdf\u202C"));
    }

    [Theory]
    [InlineData("/api/v1/okawa/staff/applications", "staff")]
    [InlineData("/api/v1/okawa/personnel/staff", "hr")]
    public async Task Out_of_range_paging_parameters_get_a_400_with_japanese_field_errors(string path, string caller)
    {
        var api = await app.Api().SignInAsync("okawa", caller);
        foreach (var (query, field) in new[]
        {
            ("page=2147483647", "page"), ("page=1000001", "page"), ("page=0", "page"), ("page=-1", "page"),
            ("pageSize=0", "pageSize"), ("pageSize=-5", "pageSize"), ("pageSize=201", "pageSize"), ("pageSize=2147483647", "pageSize"),
            ("page=2147483647&pageSize=200", "page"),
        })
        {
            using var response = await api.GetAsync($"{path}?{query}");
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            var error = problem.GetProperty("errors").GetProperty(field)[0].GetString();
            Assert.True(CorpusSupport.HasJapanese(error), $"{query}: {error}");
        }

        // The largest page allowed is an empty page, not a wrapped-around first page.
        using var last = await api.GetAsync($"{path}?page=1000000&pageSize=200");
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        var body = await last.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1_000_000, body.GetProperty("page").GetInt32());
        Assert.Equal(0, body.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Sign_in_answers_alike_for_an_unknown_account_a_wrong_password_and_a_locked_account_and_hashes_every_time()
    {
        var email = Residents.UniqueEmail("lock");
        using (var registered = await app.Api().PostAsync("/api/v1/okawa/auth/register", Residents.RegistrationBody(email)))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        var unknown = Residents.UniqueEmail("nobody");

        // Page: an unknown account and a wrong password, the same words, and the hasher runs for the unknown one.
        var before = app.HashCounter.Verifications;
        var unknownPage = await LoginPageAsync("/okawa/login", unknown, "wrong-password-1");
        Assert.True(app.HashCounter.Verifications > before, "no password hash was verified for an unknown account");
        var wrongPage = await LoginPageAsync("/okawa/login", email, "wrong-password-1");
        Assert.Equal(SignInGate.WrongCredentials, unknownPage);
        Assert.Equal(unknownPage, wrongPage);

        // The platform administrators' sign-in.
        before = app.HashCounter.Verifications;
        var unknownAdmin = await LoginPageAsync("/admin/login", unknown, "wrong-password-1");
        Assert.True(app.HashCounter.Verifications > before, "no password hash was verified for an unknown administrator");
        Assert.Equal(unknownPage, unknownAdmin);
        Assert.Equal(unknownPage, await LoginPageAsync("/admin/login", "platform@machidx.example.jp", "wrong-password-1"));

        // API: lock the account (5 failures counted so far: 1 on the page + 4 here), then compare every answer.
        for (var i = 0; i < 4; i++)
        {
            await TokenAsync(email, "wrong-password-" + i);
        }

        before = app.HashCounter.Verifications;
        var unknownApi = await TokenAsync(unknown, "wrong-password-1");
        Assert.True(app.HashCounter.Verifications > before, "no password hash was verified for an unknown account (API)");
        var wrongApi = await TokenAsync(email, "wrong-password-9");
        before = app.HashCounter.Verifications;
        var lockedApi = await TokenAsync(email, "correct-horse-42");
        Assert.True(app.HashCounter.Verifications > before, "no password hash was verified for a locked account");
        Assert.Equal((HttpStatusCode.Unauthorized, unknownPage), unknownApi);
        Assert.Equal(unknownApi, wrongApi);
        Assert.Equal(unknownApi, lockedApi);
        Assert.Equal(unknownPage, await LoginPageAsync("/okawa/login", email, "correct-horse-42"));
        Assert.True(await app.WithScopeAsync(null, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.IsLockedOutAsync((await users.FindByNameAsync(AppUser.QualifiedUserName("okawa", email)))!);
        }), "the account should be locked (lockout still applies)");

        // Measured, not asserted (no timed asserts): an unknown account against a wrong password for an existing one.
        var existing = Residents.UniqueEmail("timing");
        using (var registered = await app.Api().PostAsync("/api/v1/okawa/auth/register", Residents.RegistrationBody(existing)))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        var (unknownMs, wrongMs) = (new List<double>(), new List<double>());
        for (var i = 0; i < 4; i++)
        {
            unknownMs.Add(await TimedAsync(() => TokenAsync(Residents.UniqueEmail("nobody"), "wrong-password-1")));
            wrongMs.Add(await TimedAsync(() => TokenAsync(existing, "wrong-password-1")));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"token endpoint, median of 4: unknown account {Median(unknownMs):F1} ms, wrong password {Median(wrongMs):F1} ms ({app.Provider})"));
    }

    [Fact]
    public async Task A_message_in_the_query_string_never_appears_on_any_page_and_the_real_notice_shows_after_a_post()
    {
        var e = await app.EventAsync("okawa", TimeSpan.FromDays(3), TimeSpan.FromHours(2));
        var query = $"?message={Marker}&notice={Marker}&status={Marker}&added={Marker}&done={Marker}&taken={Marker}&saved={Marker}";
        var concrete = new List<string>
        {
            $"/okawa/activities/events/{e.Id}", $"/okawa/activities/organize/{e.Id}", "/okawa/staff/procedures/synonyms",
            "/okawa/staff/activities/health", "/okawa/staff/departments", "/okawa/staff/wallet/compliance",
        };
        // Every page without ids (sign-out last would end the sessions: left out), plus the pages with ids that showed notices.
        var pages = CorpusSupport.PageRouteTemplates(app.Services)
            .Where(t => (!t.Contains('{', StringComparison.Ordinal) || (t.Count(c => c == '{') == 1 && t.StartsWith("/{city}", StringComparison.Ordinal)))
                && !t.Contains("logout", StringComparison.OrdinalIgnoreCase))
            .Select(AuthorizationMatrixScenarios.Concrete).Concat(concrete).Distinct(StringComparer.Ordinal).ToList();
        var callers = new List<(string Name, PageClient Pages)> { ("anonymous", app.Pages()) };
        foreach (var local in new[] { "admin", "dx", "treasurer", "staff", "resident" })
        {
            var signedIn = app.Pages();
            await signedIn.LoginAsync("okawa", local);
            callers.Add((local, signedIn));
        }

        var shown = new List<string>();
        var rendered = 0;
        foreach (var path in pages)
        {
            foreach (var (name, client) in callers)
            {
                var page = await client.GetAsync(path + query);
                rendered += page.Status == HttpStatusCode.OK ? 1 : 0;
                if (page.Html.Contains(Marker, StringComparison.Ordinal))
                {
                    shown.Add($"{path} as {name}");
                }
            }
        }

        output.WriteLine($"{pages.Count} pages × {callers.Count} callers, {rendered} rendered with the query.");
        Assert.True(shown.Count == 0, "A query-string text shown on the page:\n" + string.Join('\n', shown));

        // The real notice after a post comes from the server, once.
        var resident = callers.Single(c => c.Name == "resident").Pages;
        var posted = await resident.SubmitAsync($"/okawa/activities/events/{e.Id}", new Dictionary<string, string>(), $"/okawa/activities/events/{e.Id}?handler=Register");
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.Equal($"/okawa/activities/events/{e.Id}", posted.Location);
        Assert.Contains("参加を申し込みました。", (await resident.GetAsync(posted.Location!)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("参加を申し込みました。", (await resident.GetAsync(posted.Location!)).Text, StringComparison.Ordinal);
        Assert.Single(await app.RegistrationsAsync("okawa", e.Id));

        var admin = callers.Single(c => c.Name == "admin").Pages;
        var code = "n" + Guid.NewGuid().ToString("N")[..8];
        var added = await admin.SubmitAsync("/okawa/staff/departments", new Dictionary<string, string> { ["Input.Code"] = code, ["Input.Name"] = "通知テスト課" });
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.DoesNotContain("通知テスト課", added.Location ?? "", StringComparison.Ordinal);
        Assert.Contains("「通知テスト課」を追加しました。", (await admin.GetAsync(added.Location!)).Text, StringComparison.Ordinal);
    }

    private async Task<string?> LoginPageAsync(string path, string email, string password)
    {
        var page = await app.Pages().SubmitAsync(path, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.True(page.Status == HttpStatusCode.OK, $"{path} {email}: {(int)page.Status}\n{page.Html}");
        return page.FieldError("Input_Email");
    }

    private async Task<(HttpStatusCode Status, string? Title)> TokenAsync(string email, string password)
    {
        using var response = await app.Api().PostAsync("/api/v1/okawa/auth/token", new { email, password });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body.TryGetProperty("title", out var title) ? title.GetString() : null);
    }

    private static async Task<double> TimedAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static void AssertNoStore(HttpResponseMessage response, string what) =>
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{what}: Cache-Control is '{response.Headers.CacheControl}'");

    private async Task<List<(string Method, string Template)>> ApiOperationsAsync()
    {
        using var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(o => (o.Name.ToUpperInvariant(), path.Name)))];
    }

    /// <summary>A body sent without Content-Length (chunked), as a streaming client would.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] bytes;

        public UnknownLengthContent(byte[] bytes)
        {
            this.bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

public sealed class RequestContractsOnSqlite(RequestContractSqliteApp app, ITestOutputHelper output) : RequestContractScenarios<RequestContractSqliteApp>(app, output);

public sealed class RequestContractsOnPostgres(RequestContractPostgresApp app, ITestOutputHelper output) : RequestContractScenarios<RequestContractPostgresApp>(app, output);
