using System.Net;
using MachiDx.Tests.Infrastructure;

namespace MachiDx.Tests.Procedures;

/// <summary>Residents search the city's catalogue in everyday words; searches that find nothing are shown to staff.</summary>
public abstract class SearchPageScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Theory]
    [InlineData("ごみ", "粗大ごみ収集の申込")]
    [InlineData("ｺﾞﾐ", "粗大ごみ収集の申込")]
    [InlineData("じゅうみんひょう", "住民票の写しの交付請求")]
    [InlineData("転入", "転入届")]
    public async Task Everyday_words_find_the_right_procedure_near_the_top(string query, string expected)
    {
        var page = await app.Pages().GetAsync("/okawa/procedures?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var results = page.Html[page.Html.IndexOf("検索結果", StringComparison.Ordinal)..page.Html.IndexOf("分類からさがす", StringComparison.Ordinal)];
        var top3 = System.Text.RegularExpressions.Regex.Matches(results, "<li>\\s*<a href=\"[^\"]+\">([^<]+)</a>").Take(3).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(expected, top3);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_is_recorded_and_shown_to_dx_staff_only()
    {
        var page = await app.Pages().GetAsync("/miyama/procedures?q=" + Uri.EscapeDataString("宇宙旅行の補助金"));
        Assert.Contains("見つかりませんでした", page.Text);

        var dx = app.Pages();
        await dx.LoginAsync("miyama", "dx");
        var misses = await dx.GetAsync("/miyama/staff/procedures/search-misses");
        Assert.Equal(HttpStatusCode.OK, misses.Status);
        Assert.Contains("宇宙旅行の補助金", misses.Text);

        var other = app.Pages();
        await other.LoginAsync("okawa", "dx");
        Assert.DoesNotContain("宇宙旅行の補助金", (await other.GetAsync("/okawa/staff/procedures/search-misses")).Text);

        var resident = app.Pages();
        await resident.LoginAsync("miyama", "resident");
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetAsync("/miyama/staff/procedures/search-misses")).Status);
    }

    [Fact]
    public async Task Hostile_queries_are_harmless()
    {
        foreach (var query in new[] { "\"<script>alert(1)</script>", "*:*", "AND OR NOT (", new string('あ', 5000), "\u0001\u001b" })
        {
            var page = await app.Pages().GetAsync("/okawa/procedures?q=" + Uri.EscapeDataString(query));
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.DoesNotContain("<script>alert(1)", page.Html);
        }

        // A NUL character is refused before the search runs (PostgreSQL cannot store it in the misses log).
        var nul = await app.Pages().GetAsync("/okawa/procedures?q=" + Uri.EscapeDataString("ごみ\u0000"));
        Assert.Equal(HttpStatusCode.BadRequest, nul.Status);
        Assert.Contains("送信内容を確認できませんでした", nul.Text);
    }
}

public sealed class SearchPageOnSqlite(SqliteApp app) : SearchPageScenarios<SqliteApp>(app);

public sealed class SearchPageOnPostgres(PostgresApp app) : SearchPageScenarios<PostgresApp>(app);
