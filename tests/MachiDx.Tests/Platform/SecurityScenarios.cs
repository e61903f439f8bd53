using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MachiDx.Platform.Data;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Security;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Wallet;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Platform;

/// <summary>The real rate limits (lowered so a test can reach them) and the real idle timeouts.</summary>
public sealed class HardenedApp() : MachiDxApp(DatabaseProvider.Sqlite)
{
    public const int Limit = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var policy in RateLimitPolicies.All)
        {
            builder.UseSetting($"RateLimits:{policy}:PermitLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting($"RateLimits:{policy}:Window", "00:10:00");
        }
    }

    /// <summary>Each scenario acts from its own client address (as a browser behind its own IP would), so limits do not mix.</summary>
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();

    public PageClient PagesFrom(string address)
    {
        var pages = Pages();
        pages.Http.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return pages;
    }

    public ApiClient ApiFrom(string address)
    {
        var api = Api();
        api.Http.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return api;
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public const string Header = "X-Test-Client-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Abuse limits, security headers and session timeouts through real HTTP.</summary>
public sealed class SecurityScenarios(HardenedApp app) : IClassFixture<HardenedApp>
{
    [Fact]
    public async Task Every_page_and_api_response_carries_a_strict_content_security_policy_and_no_framing()
    {
        var pages = app.PagesFrom("10.0.0.1");
        foreach (var path in new[] { "/okawa", "/okawa/login", "/api/v1/municipalities", "/okawa/no-such-page" })
        {
            using var response = await pages.Http.GetAsync(path);
            var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
            Assert.Contains("style-src 'self';", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        }
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site()
    {
        var pages = app.PagesFrom("10.0.0.2");
        var login = await pages.Http.GetAsync("/miyama/login");
        var form = new Page(login.StatusCode, await login.Content.ReadAsStringAsync(), null);
        using var response = await pages.Http.PostAsync("/miyama/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoDataSeeder.EmailFor("resident", "miyama"),
            ["Input.Password"] = DemoOptions.Password,
            ["__RequestVerificationToken"] = form.AntiforgeryToken(),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("machidx.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase); // a session cookie: closing the browser signs out
    }

    [Fact]
    public async Task Repeated_password_guesses_on_a_login_page_are_refused_with_a_japanese_page_and_retry_after()
    {
        var pages = app.PagesFrom("10.0.0.3");
        for (var i = 0; i < HardenedApp.Limit; i++)
        {
            var wrong = await pages.SubmitAsync("/yukuhashi/login", new Dictionary<string, string>
            {
                ["Input.Email"] = $"nobody{i}@example.jp",
                ["Input.Password"] = "wrong-password-1",
            });
            Assert.Equal(HttpStatusCode.OK, wrong.Status);
            Assert.Contains("メールアドレスまたはパスワードが正しくありません", wrong.Text);
        }

        var refused = await pages.SubmitAsync("/yukuhashi/login", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoDataSeeder.EmailFor("resident", "yukuhashi"),
            ["Input.Password"] = DemoOptions.Password,
        });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("アクセスが集中しています", refused.Text);
        Assert.Null(refused.Location); // not signed in

        // Reading the page is not limited, and the limit is per municipality.
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/yukuhashi/login")).Status);
        using var raw = await pages.Http.PostAsync("/yukuhashi/login", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.TooManyRequests, raw.StatusCode);
        Assert.True(raw.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task The_token_endpoint_answers_too_many_attempts_with_problem_details()
    {
        var api = app.ApiFrom("10.0.0.4");
        for (var i = 0; i < HardenedApp.Limit; i++)
        {
            using var wrong = await api.PostAsync("/api/v1/miyama/auth/token", new { email = "nobody@example.jp", password = "wrong-password-1" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var refused = await api.PostAsync("/api/v1/miyama/auth/token", new { email = DemoDataSeeder.EmailFor("resident", "miyama"), password = DemoOptions.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("リクエストが多すぎます", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_resident_paying_faster_than_a_person_can_is_stopped_and_the_refused_payment_moves_nothing()
    {
        var resident = await app.UserIdAsync("okawa", "jumin004");
        await app.ChargeAtCounterAsync("okawa", resident, 5_000);
        var api = await app.ApiFrom("10.0.0.5").SignInAsync("okawa", "jumin004");
        for (var i = 0; i < HardenedApp.Limit; i++)
        {
            using var paid = await api.PostAsync("/api/v1/okawa/wallet/payments", new { shopCode = "OKASHOP1", amountYen = 100, idempotencyKey = Guid.NewGuid().ToString() });
            Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        }

        var before = (await app.WalletAsync("okawa", resident)).Total;
        using var refused = await api.PostAsync("/api/v1/okawa/wallet/payments", new { shopCode = "OKASHOP1", amountYen = 100, idempotencyKey = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(before, (await app.WalletAsync("okawa", resident)).Total);

        // Another resident is not affected by this one's limit, and reading the wallet is never limited.
        var other = await app.ApiFrom("10.0.0.5").SignInAsync("okawa", "jumin005");
        using var wallet = await api.GetAsync("/api/v1/okawa/wallet");
        Assert.Equal(HttpStatusCode.OK, wallet.StatusCode);
        using var others = await other.PostAsync("/api/v1/okawa/wallet/payments", new { shopCode = "OKASHOP1", amountYen = 1_000_000, idempotencyKey = Guid.NewGuid().ToString() });
        Assert.NotEqual(HttpStatusCode.TooManyRequests, others.StatusCode);
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Fact]
    public async Task Searching_is_limited_per_client_but_browsing_the_catalogue_is_not()
    {
        var pages = app.PagesFrom("10.0.0.6");
        for (var i = 0; i < HardenedApp.Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/miyama/procedures?q=" + Uri.EscapeDataString("ごみ"))).Status);
        }

        var refused = await pages.GetAsync("/miyama/procedures?q=" + Uri.EscapeDataString("転入"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("しばらく時間をおいてから", refused.Text);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/miyama/procedures")).Status);
    }

    [Fact]
    public async Task Staff_are_signed_out_after_the_idle_timeout_while_residents_stay_signed_in()
    {
        var staff = app.PagesFrom("10.0.0.7");
        await staff.LoginAsync("okawa", "staff");
        var resident = app.PagesFrom("10.0.0.7");
        await resident.LoginAsync("okawa", "jumin002");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/okawa/staff")).Status);

        // The staff timeout passes for the app at once; the resident's (longer) has not.
        app.Clock.Advance(new SecurityOptions().StaffIdleTimeout + TimeSpan.FromMinutes(1));

        var expired = await staff.GetAsync("/okawa/staff");
        Assert.Equal(HttpStatusCode.Redirect, expired.Status);
        Assert.StartsWith("/okawa/login", expired.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync("/okawa/wallet")).Status);
    }

    [Fact]
    public async Task A_nul_character_in_a_form_or_query_is_refused_with_a_japanese_page_and_signs_nobody_in()
    {
        var pages = app.PagesFrom("10.0.0.8");
        var refused = await pages.SubmitAsync("/okawa/login", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoDataSeeder.EmailFor("resident", "okawa") + "\u0000",
            ["Input.Password"] = DemoOptions.Password,
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("送信内容を確認できませんでした", refused.Text);
        Assert.Null(refused.Location);
        Assert.Equal(HttpStatusCode.BadRequest, (await pages.GetAsync("/okawa/procedures?q=%E3%81%94%00")).Status);
    }
}
