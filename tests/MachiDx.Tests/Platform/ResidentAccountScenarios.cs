using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MachiDx.Platform.Data;
using MachiDx.Platform.Identity;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Platform;

/// <summary>A resident opens an account, signs in and sees (and edits) their own profile — through pages and the API.</summary>
public abstract class ResidentAccountScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Fact]
    public async Task A_resident_registers_on_the_page_and_lands_on_their_personal_page()
    {
        var pages = app.Pages();
        var email = Residents.UniqueEmail();

        var registered = await pages.SubmitAsync("/okawa/register", Residents.RegistrationForm(email));

        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        Assert.Equal("/okawa/mypage?registered=true", registered.Location);
        var mypage = await pages.GetAsync("/okawa/mypage?registered=true");
        Assert.Equal(HttpStatusCode.OK, mypage.Status);
        Assert.Contains("アカウントを作成しました", mypage.Text);
        Assert.Contains("大川 花子（おおかわ はなこ）", mypage.Text);
        Assert.Contains("〒831-0016", mypage.Text);
        Assert.Contains(email, mypage.Text);
    }

    [Fact]
    public async Task A_registered_resident_logs_in_and_updates_their_contact_details()
    {
        var pages = app.Pages();
        var email = Residents.UniqueEmail();
        await app.Pages().SubmitAsync("/yukuhashi/register", Residents.RegistrationForm(email));

        var login = await pages.SubmitAsync("/yukuhashi/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "correct-horse-42",
        });
        Assert.Equal("/yukuhashi/mypage", login.Location);

        var saved = await pages.SubmitAsync("/yukuhashi/mypage", new Dictionary<string, string>
        {
            ["Input.PostalCode"] = "８２４－００３１",
            ["Input.Address"] = "行橋市西宮市3丁目",
            ["Input.Phone"] = "090-1234-5678",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var mypage = await pages.GetAsync(saved.Location!);
        Assert.Contains("連絡先を更新しました", mypage.Text);
        Assert.Contains("〒824-0031", mypage.Text);
        Assert.Contains("行橋市西宮市3丁目", mypage.Text);
    }

    [Fact]
    public async Task A_resident_registers_through_the_api_and_reads_their_profile_with_a_bearer_token()
    {
        var api = app.Api();
        var email = Residents.UniqueEmail("api");

        using var created = await api.PostAsync("/api/v1/yukuhashi/auth/register", Residents.RegistrationBody(email));
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);

        await api.SignInAsync("yukuhashi", email, "correct-horse-42");
        using var me = await api.GetAsync("/api/v1/yukuhashi/me");
        await me.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var profile = await me.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("行橋 一郎", profile.GetProperty("fullName").GetString());
        Assert.Equal("8240005", profile.GetProperty("postalCode").GetString());
        Assert.Equal("yukuhashi", profile.GetProperty("municipality").GetString());
    }

    [Fact]
    public async Task The_same_email_may_hold_separate_accounts_in_two_cities()
    {
        var email = Residents.UniqueEmail("twocities");
        using var first = await app.Api().PostAsync("/api/v1/okawa/auth/register", Residents.RegistrationBody(email));
        using var second = await app.Api().PostAsync("/api/v1/miyama/auth/register", Residents.RegistrationBody(email));
        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await second.ShouldHaveStatusAsync(HttpStatusCode.Created);

        var municipalities = await app.WithScopeAsync(null, async sp =>
            await sp.GetRequiredService<PlatformDbContext>().Users.Where(u => u.Email == email).Select(u => u.MunicipalityId).ToListAsync());
        Assert.Equal(2, municipalities.Distinct().Count());
    }

    [Fact]
    public async Task Staff_log_in_and_see_the_staff_navigation()
    {
        var pages = app.Pages();
        var login = await pages.LoginAsync("miyama", "staff");
        Assert.Equal("/miyama/staff", login.Location);

        var home = await pages.GetAsync("/miyama/staff");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("職員ホーム", home.Text);
        Assert.Contains("市民課", home.Text);
        Assert.Contains("href=\"/miyama/staff/departments\"", home.Html);
        Assert.DoesNotContain("href=\"/miyama/admin/audit\"", home.Html);
    }

    [Fact]
    public async Task A_tenant_admin_also_sees_the_audit_page_in_the_navigation()
    {
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "admin");
        var home = await pages.GetAsync("/okawa/staff");
        Assert.Contains("href=\"/okawa/admin/audit\"", home.Html);
    }

    [Fact]
    public async Task A_resident_cannot_open_the_staff_pages()
    {
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "resident");
        var staff = await pages.GetAsync("/okawa/staff");
        Assert.Equal(HttpStatusCode.Forbidden, staff.Status);
        Assert.Contains("権限がありません", staff.Text);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_city_login_page()
    {
        var page = await app.Pages().GetAsync("/okawa/mypage");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/okawa/login?ReturnUrl=", page.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_accounts_exist_for_every_role_in_every_city()
    {
        var counts = await app.WithScopeAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            return await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          join u in db.Users on ur.UserId equals u.Id
                          group u by new { r.Name, u.MunicipalityId } into g
                          select new { g.Key.Name, g.Key.MunicipalityId, Count = g.Count() }).ToListAsync();
        });
        foreach (var role in Roles.All.Except([Roles.PlatformAdmin]))
        {
            Assert.Equal(3, counts.Count(c => c.Name == role && c.MunicipalityId != null));
        }

        Assert.Single(counts, c => c.Name == Roles.PlatformAdmin && c.MunicipalityId == null);
    }
}

public sealed class ResidentAccountOnSqlite(SqliteApp app) : ResidentAccountScenarios<SqliteApp>(app);

public sealed class ResidentAccountOnPostgres(PostgresApp app) : ResidentAccountScenarios<PostgresApp>(app);
