using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MachiDx.Platform.Data;
using MachiDx.Platform.Demo;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Platform;

/// <summary>
/// No request ever reads or changes another municipality's data, and a resident never reads another
/// resident's profile — checked through the API and through pages, with data counts compared before and after.
/// </summary>
public abstract class TenantIsolationScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private Task<Guid> ResidentIdAsync(string city, string local) =>
        app.WithScopeAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().Users
            .Where(u => u.Email == DemoDataSeeder.EmailFor(local, city)).Select(u => u.Id).SingleAsync());

    private Task<int> DepartmentCountAsync(string city) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<PlatformDbContext>().Departments.CountAsync());

    [Fact]
    public async Task Staff_read_residents_of_their_own_city()
    {
        var api = await app.Api().SignInAsync("okawa", "staff");
        var resident = await ResidentIdAsync("okawa", "resident");
        using var response = await api.GetAsync($"/api/v1/okawa/residents/{resident}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Staff_of_one_city_cannot_read_another_citys_resident_even_by_id_in_their_own_city()
    {
        var api = await app.Api().SignInAsync("okawa", "staff");
        var other = await ResidentIdAsync("yukuhashi", "resident");

        using var viaOwnCity = await api.GetAsync($"/api/v1/okawa/residents/{other}");
        await viaOwnCity.ShouldBeProblemAsync(HttpStatusCode.NotFound);

        using var viaOtherCity = await api.GetAsync($"/api/v1/yukuhashi/residents/{other}");
        await viaOtherCity.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Staff_of_one_city_cannot_list_or_add_another_citys_departments()
    {
        var admin = await app.Api().SignInAsync("okawa", "admin");
        var before = await DepartmentCountAsync("miyama");

        using var list = await admin.GetAsync("/api/v1/miyama/departments");
        await list.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var add = await admin.PostAsync("/api/v1/miyama/departments", new { code = "intruder", name = "侵入課" });
        await add.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(before, await DepartmentCountAsync("miyama"));
    }

    [Fact]
    public async Task A_staff_cookie_from_one_city_counts_as_anonymous_on_another_citys_pages()
    {
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "admin");
        var before = await DepartmentCountAsync("yukuhashi");

        var staffHome = await pages.GetAsync("/yukuhashi/staff");
        Assert.Equal(HttpStatusCode.Redirect, staffHome.Status);
        Assert.StartsWith("/yukuhashi/login", staffHome.Location, StringComparison.Ordinal);

        // Even with a valid antiforgery token from its own city page, a write to the other city is refused.
        var ownForm = await pages.GetAsync("/okawa/staff/departments");
        var post = await pages.PostAsync("/yukuhashi/staff/departments", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ownForm.AntiforgeryToken(),
            ["Input.Code"] = "intruder",
            ["Input.Name"] = "侵入課",
        });
        Assert.True(
            post.Status == HttpStatusCode.BadRequest || (post.Status == HttpStatusCode.Redirect && post.Location!.StartsWith("/yukuhashi/login", StringComparison.Ordinal)),
            $"unexpected {(int)post.Status} {post.Location}");
        Assert.Equal(before, await DepartmentCountAsync("yukuhashi"));
    }

    [Fact]
    public async Task A_resident_token_cannot_read_another_residents_profile()
    {
        var api = await app.Api().SignInAsync("okawa", "resident");
        var neighbour = await ResidentIdAsync("okawa", "resident2");

        using var response = await api.GetAsync($"/api/v1/okawa/residents/{neighbour}");
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        using var me = await api.GetAsync("/api/v1/okawa/me");
        var profile = await me.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(neighbour, profile.GetProperty("userId").GetGuid());
        Assert.Equal(DemoDataSeeder.EmailFor("resident", "okawa"), profile.GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_resident_token_of_one_city_reads_nothing_in_another_city()
    {
        var api = await app.Api().SignInAsync("okawa", "resident");
        using var me = await api.GetAsync("/api/v1/yukuhashi/me");
        await me.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_resident_page_session_shows_only_their_own_profile()
    {
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "resident2");
        var mypage = await pages.GetAsync("/okawa/mypage");
        Assert.Contains(DemoDataSeeder.EmailFor("resident2", "okawa"), mypage.Text);
        Assert.DoesNotContain(DemoDataSeeder.EmailFor("resident", "okawa") + " ", mypage.Text);
    }

    [Fact]
    public async Task The_tenant_filter_hides_other_cities_rows_from_module_queries()
    {
        var (okawa, all) = await app.WithScopeAsync("okawa", async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            return (await db.ResidentProfiles.CountAsync(), await db.ResidentProfiles.IgnoreQueryFilters().CountAsync());
        });
        Assert.True(okawa > 0);
        Assert.True(all > okawa);

        var none = await app.WithScopeAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().ResidentProfiles.CountAsync());
        Assert.Equal(0, none);
    }

    [Fact]
    public async Task Writing_a_row_of_another_city_is_refused_by_the_context()
    {
        var yukuhashiId = await app.WithScopeAsync("yukuhashi", sp => Task.FromResult(sp.GetRequiredService<MachiDx.Platform.Tenancy.TenantContext>().MunicipalityId!.Value));
        await Assert.ThrowsAsync<MachiDx.Platform.Tenancy.CrossTenantWriteException>(() => app.WithScopeAsync("okawa", async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Departments.Add(new MachiDx.Platform.Identity.Department { Id = Guid.NewGuid(), MunicipalityId = yukuhashiId, Code = "x", Name = "越境課" });
            return await db.SaveChangesAsync();
        }));
        Assert.Equal(0, await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<PlatformDbContext>().Departments.CountAsync(d => d.Code == "x")));
    }
}

public sealed class TenantIsolationOnSqlite(SqliteApp app) : TenantIsolationScenarios<SqliteApp>(app);

public sealed class TenantIsolationOnPostgres(PostgresApp app) : TenantIsolationScenarios<PostgresApp>(app);
