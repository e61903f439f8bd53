using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MachiDx.Personnel.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Personnel;

/// <summary>The Personnel JSON API: who may read what, and nothing of another city or of FA declarations leaks.</summary>
public abstract class PersonnelApiScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "okawa";
    private const string Api = $"/api/v1/{City}/personnel";
    private const string Plan = "窓口の受付票を電子化し、待ち時間を今の半分にする取組を進めたいと考えています。";

    [Fact]
    public async Task Hr_reads_the_roster_and_ordinary_staff_residents_and_strangers_are_turned_away()
    {
        using var anonymous = await app.Api().GetAsync(Api + "/seasons");
        await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        var resident = await app.Api().SignInAsync(City, "resident");
        using var residentSeasons = await resident.GetAsync(Api + "/seasons");
        await residentSeasons.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var hr = await app.Api().SignInAsync(City, "hr");
        using var roster = await hr.GetAsync(Api + "/staff?page=1&pageSize=5");
        await roster.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var page = await roster.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() > 5);
        Assert.Contains(page.GetProperty("items").EnumerateArray(), p => p.GetProperty("evaluations").GetArrayLength() > 0);
        using var tooLarge = await hr.GetAsync(Api + "/staff?pageSize=500");
        var problem = await tooLarge.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("pageSize", out _), problem.ToString());

        var staff = await app.Api().SignInAsync(City, "shimin01");
        using var staffRoster = await staff.GetAsync(Api + "/staff");
        await staffRoster.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var seasons = await staff.GetAsync(Api + "/seasons");
        await seasons.ShouldHaveStatusAsync(HttpStatusCode.OK);

        // The caller's own eligibility, with reasons.
        using var eligibility = await staff.GetAsync(Api + "/me/eligibility");
        await eligibility.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var mine = await eligibility.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((await app.LinkedAsync(City, "shimin")).StaffNumber, mine.GetProperty("staffNumber").GetString());
        Assert.NotEqual(0, mine.GetProperty("draft").GetProperty("reasons").GetArrayLength());
        Assert.NotEqual(0, mine.GetProperty("freeAgency").GetProperty("reasons").GetArrayLength());

        // Another city's HR gets nothing of this city, even with a valid token of its own.
        var stranger = await app.Api().SignInAsync("yukuhashi", "hr");
        using var crossCity = await stranger.GetAsync(Api + "/staff");
        var crossBody = await crossCity.Content.ReadAsStringAsync();
        Assert.True(crossCity.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{(int)crossCity.StatusCode}: {crossBody}");
        Assert.DoesNotContain((await app.LinkedAsync(City, "shimin")).StaffNumber, crossBody);
    }

    [Fact]
    public async Task Fa_declarations_reach_only_hr_and_another_city_cannot_read_a_season()
    {
        var declarer = await app.LinkedAsync(City, "shimin");
        await app.SetLatestScoreAsync(City, declarer.Id, 4.0);
        var me = app.Pages();
        await me.LoginAsync(City, "shimin01");
        var declared = await me.SubmitAsync($"/{City}/staff/personnel", new Dictionary<string, string>
        {
            ["Input.TargetDepartment"] = "hoken", ["Input.Plan"] = Plan,
        }, $"/{City}/staff/personnel?handler=Declare");
        Assert.True(declared.Status == HttpStatusCode.Redirect, declared.Html);

        var hr = await app.Api().SignInAsync(City, "hr");
        using var list = await hr.GetAsync(Api + "/fa-declarations");
        await list.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Contains("\"targetDepartmentCode\":\"hoken\"", await list.Content.ReadAsStringAsync());

        // The declarer's own supervisor (selector of 市民課) and the target department's staff get a 403; nothing else
        // in the API carries the declaration.
        foreach (var local in new[] { "staff", "hoken01", "shimin01" })
        {
            var client = await app.Api().SignInAsync(City, local);
            using var denied = await client.GetAsync(Api + "/fa-declarations");
            await denied.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            using var eligibility = await client.GetAsync(Api + "/me/eligibility");
            Assert.DoesNotContain(Plan, await eligibility.Content.ReadAsStringAsync());
        }

        // A season of this city is not found through another city, even by its HR.
        var hrPages = app.Pages();
        await hrPages.LoginAsync(City, "hr");
        var created = await hrPages.SubmitAsync($"/{City}/staff/personnel/seasons", new Dictionary<string, string>
        {
            ["Input.Name"] = "API確認シーズン", ["Input.ReferenceDate"] = "2026-04-01", ["Input.NominationDeadline"] = "2026-05-01",
            ["Input.DraftDate"] = "2026-05-10", ["Input.SecondmentStart"] = "2026-06-01", ["Input.SecondmentMonths"] = "3", ["Input.NominationsPerDepartment"] = "1",
        });
        var id = created.Location![(created.Location!.LastIndexOf('/') + 1)..];
        using var own = await hr.GetAsync($"{Api}/seasons/{id}");
        await own.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var season = await own.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("API確認シーズン", season.GetProperty("season").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, season.GetProperty("seed").ValueKind);
        Assert.Equal(64, season.GetProperty("season").GetProperty("commitment").GetString()!.Length);

        var stranger = await app.Api().SignInAsync("yukuhashi", "hr");
        using var elsewhere = await stranger.GetAsync($"/api/v1/yukuhashi/personnel/seasons/{id}");
        var body = await elsewhere.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("API確認シーズン", body.ToString());
        using var board = await stranger.GetAsync($"/api/v1/yukuhashi/personnel/seasons/{id}/board");
        await board.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().Seasons.CountAsync(s => s.Name == "API確認シーズン")));
    }
}

public sealed class PersonnelApiOnSqlite(SqliteApp app) : PersonnelApiScenarios<SqliteApp>(app);

public sealed class PersonnelApiOnPostgres(PostgresApp app) : PersonnelApiScenarios<PostgresApp>(app);
