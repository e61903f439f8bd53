using System.Net;
using MachiDx.Platform.Data;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Identity.External;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Wallet;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Platform;

/// <summary>An app whose 大川市 signs staff in through an OpenID Connect provider (a fake one, reached in memory).</summary>
public abstract class OidcApp(DatabaseProvider provider) : MachiDxApp(provider)
{
    public FakeOidcProvider Idp { get; } = new("https://idp.test/okawa");

    /// <summary>A browser over HTTPS: the correlation and nonce cookies of the round trip are Secure.</summary>
    public PageClient Browser() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:Oidc:okawa:Authority", Idp.Issuer);
        builder.UseSetting("Authentication:Oidc:okawa:ClientId", FakeOidcProvider.ClientId);
        builder.UseSetting("Authentication:Oidc:okawa:ClientSecret", FakeOidcProvider.ClientSecret);
        builder.UseSetting("Authentication:Oidc:okawa:DisplayName", "大川市職員アカウント");
    }

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureAll<OpenIdConnectOptions>(options => options.BackchannelHttpHandler = Idp);
}

public sealed class OidcSqliteApp() : OidcApp(DatabaseProvider.Sqlite);

public sealed class OidcPostgresApp() : OidcApp(DatabaseProvider.Postgres);

/// <summary>
/// Staff sign-in through the city's identity provider (docs/operations.md, "Staff sign-in with OpenID Connect"): the
/// whole authorization-code round trip with PKCE over real HTTP, and every way it must refuse.
/// </summary>
public abstract class OidcSignInScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : OidcApp
{
    [Fact]
    public async Task A_staff_member_signs_in_through_the_citys_provider_and_is_linked_by_subject_from_then_on()
    {
        var subject = "sub-" + Guid.NewGuid().ToString("N");
        var browser = app.Browser();
        var login = await browser.GetAsync("/okawa/login");
        Assert.Contains("大川市職員アカウントでログイン", login.Html, StringComparison.Ordinal);

        var done = await RoundTripAsync(browser, Claims(subject, DemoDataSeeder.EmailFor("hr", "okawa")), returnUrl: "/okawa/staff/departments");
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal("/okawa/staff/departments", done.Location);
        var staffHome = await browser.GetAsync("/okawa/staff");
        Assert.Equal(HttpStatusCode.OK, staffHome.Status);

        var hrId = await app.UserIdAsync("okawa", "hr");
        var links = await app.WithScopeAsync("okawa", async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var logins = await db.UserLogins.Where(l => l.ProviderKey == subject).ToListAsync();
            var audited = await db.AuditEntries.CountAsync(a => a.Action == "StaffAccount.ExternalLoginLinked" && a.TargetId == hrId.ToString());
            return (logins, audited);
        });
        var link = Assert.Single(links.logins);
        Assert.Equal((OidcSignIn.SchemeFor("okawa"), hrId), (link.LoginProvider, link.UserId));
        Assert.True(links.audited >= 1);

        // Later the provider reports another address for the same person: the linked subject still signs them in.
        var again = app.Browser();
        var second = await RoundTripAsync(again, Claims(subject, "renamed-" + Guid.NewGuid().ToString("N") + "@okawa.example.jp"));
        Assert.Equal("/okawa/staff", second.Location);
    }

    [Theory]
    [InlineData("resident", "住民")]
    [InlineData("merchant", "加盟店")]
    [InlineData("nobody", "未登録")]
    public async Task A_provider_identity_that_is_not_this_citys_staff_is_refused_and_nobody_is_signed_in(string local, string who)
    {
        var browser = app.Browser();
        var refused = await RoundTripAsync(browser, Claims("sub-" + Guid.NewGuid().ToString("N"), DemoDataSeeder.EmailFor(local, "okawa")));
        Assert.True(refused.Status == HttpStatusCode.OK, who);
        Assert.Contains(ExternalLoginCompleteModel.NoStaffAccount, refused.Html, StringComparison.Ordinal);
        var staff = await browser.GetAsync("/okawa/staff");
        Assert.Equal(HttpStatusCode.Redirect, staff.Status);
        Assert.StartsWith("/okawa/login", staff.Location, StringComparison.Ordinal);
        var mypage = await browser.GetAsync("/okawa/mypage");
        Assert.Equal(HttpStatusCode.Redirect, mypage.Status);
    }

    [Fact]
    public async Task Another_citys_staff_address_is_not_an_account_here()
    {
        var browser = app.Browser();
        var refused = await RoundTripAsync(browser, Claims("sub-" + Guid.NewGuid().ToString("N"), DemoDataSeeder.EmailFor("staff", "yukuhashi")));
        Assert.Contains(ExternalLoginCompleteModel.NoStaffAccount, refused.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/okawa/staff")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/yukuhashi/staff")).Status);
    }

    [Fact]
    public async Task An_unverified_address_a_forged_state_and_a_token_signed_by_another_key_are_refused()
    {
        var unverified = app.Browser();
        var claims = Claims("sub-" + Guid.NewGuid().ToString("N"), DemoDataSeeder.EmailFor("staff", "okawa"));
        claims["email_verified"] = false;
        var page = await RoundTripAsync(unverified, claims);
        Assert.Contains(ExternalLoginCompleteModel.Unverified, page.Html, StringComparison.Ordinal);

        // The code comes back with a state the app never issued.
        var forged = app.Browser();
        var authorize = await StartAsync(forged);
        var code = app.Idp.Authorize(authorize, Claims("sub-x", DemoDataSeeder.EmailFor("staff", "okawa")));
        var callback = await forged.PostAsync(OidcSignIn.CallbackPathFor("okawa"), new Dictionary<string, string> { ["code"] = code, ["state"] = "forged" });
        var failed = await FollowAsync(forged, callback);
        Assert.Contains(ExternalLoginCompleteModel.Failed, failed.Html, StringComparison.Ordinal);

        app.Idp.SignWithUnknownKey = true;
        try
        {
            var wrongKey = app.Browser();
            var refused = await RoundTripAsync(wrongKey, Claims("sub-" + Guid.NewGuid().ToString("N"), DemoDataSeeder.EmailFor("staff", "okawa")));
            Assert.Contains(ExternalLoginCompleteModel.Failed, refused.Html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await wrongKey.GetAsync("/okawa/staff")).Status);
        }
        finally
        {
            app.Idp.SignWithUnknownKey = false;
        }

        Assert.Equal(HttpStatusCode.Redirect, (await unverified.GetAsync("/okawa/staff")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await forged.GetAsync("/okawa/staff")).Status);
    }

    [Fact]
    public async Task A_city_without_a_provider_offers_no_button_and_refuses_the_challenge()
    {
        var browser = app.Browser();
        var login = await browser.GetAsync("/yukuhashi/login");
        Assert.DoesNotContain("でログイン</button>", login.Html, StringComparison.Ordinal);
        var challenge = await browser.PostAsync("/yukuhashi/login?handler=External", new Dictionary<string, string> { ["__RequestVerificationToken"] = login.AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.NotFound, challenge.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/yukuhashi/login/external/complete")).Status);

        // Arriving at the completion page without a round trip signs nobody in.
        var direct = await browser.GetAsync("/okawa/login/external/complete");
        Assert.Contains(ExternalLoginCompleteModel.Failed, direct.Html, StringComparison.Ordinal);
    }

    private static Dictionary<string, object> Claims(string subject, string email) => new()
    {
        ["sub"] = subject,
        ["email"] = email,
        ["email_verified"] = true,
        ["name"] = "テスト 職員",
    };

    /// <summary>Presses the staff button on the login page and returns the provider's authorize URL the app redirects to.</summary>
    private static async Task<Uri> StartAsync(PageClient browser, string? returnUrl = null)
    {
        var login = await browser.GetAsync("/okawa/login");
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = login.AntiforgeryToken() };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        var challenge = await browser.PostAsync("/okawa/login?handler=External", fields);
        Assert.True(challenge.Status == HttpStatusCode.Redirect, $"challenge returned {(int)challenge.Status}:\n{challenge.Html}");
        return new Uri(challenge.Location!);
    }

    /// <summary>The whole round trip: challenge, sign-in at the provider, form_post back, completion page.</summary>
    private async Task<Page> RoundTripAsync(PageClient browser, IDictionary<string, object> claims, string? returnUrl = null)
    {
        var authorize = await StartAsync(browser, returnUrl);
        var code = app.Idp.Authorize(authorize, claims);
        var state = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(authorize.Query)["state"].ToString();
        var redirectUri = new Uri(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(authorize.Query)["redirect_uri"].ToString());
        Assert.Equal(OidcSignIn.CallbackPathFor("okawa"), redirectUri.AbsolutePath);
        var callback = await browser.PostAsync(redirectUri.AbsolutePath, new Dictionary<string, string> { ["code"] = code, ["state"] = state });
        return await FollowAsync(browser, callback);
    }

    private static async Task<Page> FollowAsync(PageClient browser, Page callback)
    {
        Assert.True(callback.Status == HttpStatusCode.Redirect, $"callback returned {(int)callback.Status}:\n{callback.Html}");
        Assert.StartsWith(OidcSignIn.CompletePathFor("okawa"), callback.Location, StringComparison.Ordinal);
        return await browser.GetAsync(callback.Location!);
    }
}

public sealed class OidcSignInOnSqlite(OidcSqliteApp app) : OidcSignInScenarios<OidcSqliteApp>(app);

public sealed class OidcSignInOnPostgres(OidcPostgresApp app) : OidcSignInScenarios<OidcPostgresApp>(app);
