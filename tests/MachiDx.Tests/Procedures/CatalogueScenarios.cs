using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MachiDx.Procedures.Catalogue;
using MachiDx.Procedures.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Procedures;

/// <summary>Each city adopts the national template and shows it to residents with honest channel labels.</summary>
public abstract class CatalogueScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Fact]
    public async Task Every_demo_city_has_adopted_the_whole_national_template()
    {
        var template = app.Services.GetRequiredService<NationalTemplate>();
        Assert.True(template.Procedures.Count >= 60);
        foreach (var city in new[] { "okawa", "yukuhashi", "miyama" })
        {
            var count = await app.WithScopeAsync(city, sp => sp.GetRequiredService<ProceduresDbContext>().CityProcedures.CountAsync());
            Assert.Equal(template.Procedures.Count, count);
        }
    }

    [Fact]
    public async Task The_template_contains_the_26_child_and_elder_care_priority_procedures()
    {
        var template = app.Services.GetRequiredService<NationalTemplate>();
        Assert.Equal(26, template.Procedures.Count(p => p.PriorityList?.Contains("kosodate-kaigo-26") == true));
        Assert.Contains(template.Procedures, p => p.Code == "risai-shomei");
    }

    [Fact]
    public async Task The_procedure_page_is_honest_that_moving_in_cannot_be_completed_online()
    {
        var page = await app.Pages().GetAsync("/okawa/procedures/tennyu");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("転入届", page.Text);
        Assert.Contains("来庁予約 + 事前入力", page.Text);
        Assert.DoesNotContain("オンラインで完結", page.Text);
        Assert.Contains("オンラインでは完結できません", page.Text);
        Assert.Contains("14日以内", page.Text);
    }

    [Fact]
    public async Task Bulky_waste_collection_is_labelled_as_completable_online()
    {
        var page = await app.Pages().GetAsync("/miyama/procedures/sodai-gomi");
        Assert.Contains("オンラインで完結", page.Text);
        Assert.Contains("環境課", page.Text);
    }

    [Fact]
    public async Task Unverified_facts_are_flagged_on_the_page()
    {
        var page = await app.Pages().GetAsync("/okawa/procedures/juminhyo-copy");
        Assert.Contains("まだ確認が済んでいない内容", page.Text);
    }

    [Fact]
    public async Task The_browse_page_groups_procedures_by_category()
    {
        var page = await app.Pages().GetAsync("/yukuhashi/procedures");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("戸籍・住民票", page.Text);
        Assert.Contains("子育て", page.Text);
        Assert.Contains("href=\"/yukuhashi/procedures/sodai-gomi\"", page.Html);
    }

    [Fact]
    public async Task The_api_lists_procedures_and_returns_404_problem_for_an_unknown_code()
    {
        using var list = await app.Api().GetAsync("/api/v1/okawa/procedures");
        await list.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var items = await list.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(items.EnumerateArray(), p => p.GetProperty("code").GetString() == "sodai-gomi");

        using var missing = await app.Api().GetAsync("/api/v1/okawa/procedures/no-such-thing");
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_procedure_page_is_a_japanese_404()
    {
        var page = await app.Pages().GetAsync("/okawa/procedures/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("ページが見つかりません", page.Text);
    }
}

public sealed class CatalogueOnSqlite(SqliteApp app) : CatalogueScenarios<SqliteApp>(app);

public sealed class CatalogueOnPostgres(PostgresApp app) : CatalogueScenarios<PostgresApp>(app);
