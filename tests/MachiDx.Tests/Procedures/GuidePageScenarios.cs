using System.Net;
using MachiDx.Tests.Infrastructure;

namespace MachiDx.Tests.Procedures;

/// <summary>The life-event guide pages: one question at a time, then a checklist with dates; bad input handled.</summary>
public sealed class GuidePageScenarios(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_resident_answers_the_moving_questions_and_gets_a_dated_checklist()
    {
        var pages = app.Pages();
        var start = await pages.GetAsync("/okawa/guide/moving");
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Contains("引っ越しの日（予定日）", start.Text);

        var first = await pages.GetAsync("/okawa/guide/moving?date=2026-04-01");
        Assert.Contains("どちらへの引っ越しですか？", first.Text);

        // Walk the first path the engine knows, as the radio buttons would.
        var graph = MachiDx.Procedures.LifeEvents.GuideLibrary.Load().Find("moving")!;
        var path = MachiDx.Procedures.LifeEvents.GuideWalk.AllPaths(graph).First(p => p[0] == "into");
        var query = "date=2026-04-01&" + string.Join('&', path.Select(a => "a=" + a));
        var done = await pages.GetAsync("/okawa/guide/moving?" + query);
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("件の手続きが見つかりました", done.Text);
        Assert.Contains("転入届", done.Text);
        Assert.Contains("2026年4月15日まで", done.Text);
    }

    [Fact]
    public async Task Submitting_without_choosing_asks_to_choose()
    {
        var page = await app.Pages().GetAsync("/okawa/guide/moving?date=2026-04-01&n=1");
        Assert.Contains("いずれかを選んでください。", page.Text);
    }

    [Fact]
    public async Task A_bad_date_gets_a_field_error()
    {
        var page = await app.Pages().GetAsync("/okawa/guide/birth?date=2026-13-45");
        Assert.Equal("日付を正しく入力してください（例: 2026-04-01）。", page.FieldError("Date"));
    }

    [Fact]
    public async Task Tampered_answers_are_refused_with_a_way_back()
    {
        var page = await app.Pages().GetAsync("/okawa/guide/moving?date=2026-04-01&a=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("最初からやり直してください", page.Text);
        Assert.DoesNotContain("<script>alert(1)", page.Html);
    }

    [Fact]
    public async Task An_unknown_life_event_is_a_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Pages().GetAsync("/okawa/guide/no-such-event")).Status);
    }
}
