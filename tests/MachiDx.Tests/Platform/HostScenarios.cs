using System.Net;
using System.Text.Json;
using MachiDx.Tests.Infrastructure;

namespace MachiDx.Tests.Platform;

/// <summary>The host's front door: municipality pages, Japanese 404s, health checks, OpenAPI and its reference.</summary>
public abstract class HostScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Fact]
    public async Task The_top_page_lists_the_three_cities()
    {
        var page = await app.Pages().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        foreach (var (code, name) in new[] { ("okawa", "大川市"), ("yukuhashi", "行橋市"), ("miyama", "みやま市") })
        {
            Assert.Contains($"href=\"/{code}\"", page.Html);
            Assert.Contains(name, page.Html);
        }

        Assert.Contains("<html lang=\"ja\">", page.Html);
    }

    [Fact]
    public async Task A_city_top_page_names_the_city_in_its_header()
    {
        var page = await app.Pages().GetAsync("/yukuhashi");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("行橋市のオンライン窓口", page.Text);
        Assert.Contains("本文へ移動", page.Text);
    }

    [Theory]
    [InlineData("/nowhere")]
    [InlineData("/nowhere/login")]
    [InlineData("/okawa/no-such-page")]
    public async Task Unknown_cities_and_pages_get_a_japanese_404(string path)
    {
        var page = await app.Pages().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("ページが見つかりません", page.Text);
    }

    [Fact]
    public async Task An_unknown_city_on_the_api_is_a_404_problem()
    {
        using var response = await app.Api().GetAsync("/api/v1/nowhere/me");
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready_with_the_database()
    {
        using var live = await app.Api().GetAsync("/health/live");
        await live.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var ready = await app.Api().GetAsync("/health/ready");
        await ready.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_api_endpoint_with_a_name_and_summary()
    {
        using var response = await app.Api().GetAsync("/openapi/v1.json");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/{city}/me", out _));
        Assert.True(paths.TryGetProperty("/api/v1/{city}/auth/token", out _));
        foreach (var path in paths.EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                Assert.True(operation.Value.TryGetProperty("operationId", out _), $"{operation.Name} {path.Name} has no name");
                Assert.True(operation.Value.TryGetProperty("summary", out _), $"{operation.Name} {path.Name} has no summary");
            }
        }
    }

    [Fact]
    public async Task The_platform_administrator_signs_in_without_a_city_and_sees_every_city()
    {
        var pages = app.Pages();
        var login = await pages.SubmitAsync("/admin/login", new Dictionary<string, string>
        {
            ["Input.Email"] = MachiDx.Platform.Demo.DemoDataSeeder.PlatformAdminEmail,
            ["Input.Password"] = MachiDx.Platform.Demo.DemoOptions.Password,
        });
        Assert.Equal("/admin", login.Location);
        var home = await pages.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("402079", home.Text);
        Assert.Contains("402133", home.Text);
        Assert.Contains("402290", home.Text);
    }

    [Fact]
    public async Task City_accounts_cannot_use_the_platform_administration()
    {
        var pages = app.Pages();
        var refused = await pages.SubmitAsync("/admin/login", new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@okawa.example.jp",
            ["Input.Password"] = MachiDx.Platform.Demo.DemoOptions.Password,
        });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.StartsWith("メールアドレスまたはパスワードが正しくありません。", refused.FieldError("Input_Email"), StringComparison.Ordinal);

        await pages.LoginAsync("okawa", "admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await pages.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task The_api_reference_is_served_without_a_cdn()
    {
        using var response = await app.Api().GetAsync("/api/reference/");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("MachiDX API", html);
        Assert.Contains("v1.json", html);
        Assert.DoesNotContain("https://", html);
        using var script = await app.Api().GetAsync("/api/reference/scalar.js");
        await script.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }
}

public sealed class HostOnSqlite(SqliteApp app) : HostScenarios<SqliteApp>(app);

public sealed class HostOnPostgres(PostgresApp app) : HostScenarios<PostgresApp>(app);
