using System.Net;
using MachiDx.Personnel.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Personnel;

/// <summary>Department selectors act only for their own department; proxy mode runs a whole draft from wish lists.</summary>
public abstract class ProxyDraftScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "yukuhashi";

    [Fact]
    public async Task Selectors_nominate_their_own_staff_and_proxy_mode_runs_the_whole_draft_from_wish_lists()
    {
        var hr = app.Pages();
        await hr.LoginAsync(City, "hr");
        var created = await hr.SubmitAsync($"/{City}/staff/personnel/seasons", new Dictionary<string, string>
        {
            ["Input.Name"] = "代理指名シーズン", ["Input.ReferenceDate"] = "2026-04-01", ["Input.NominationDeadline"] = "2026-05-01",
            ["Input.DraftDate"] = "2026-05-10", ["Input.SecondmentStart"] = "2026-06-01", ["Input.SecondmentMonths"] = "2", ["Input.NominationsPerDepartment"] = "2",
        });
        var season = created.Location!;

        // staff@ selects for 市民課: it may nominate its own colleague, not another department's.
        var selector = app.Pages();
        await selector.LoginAsync(City, "staff");
        var own = await app.LinkedAsync(City, "shimin");
        var other = await app.LinkedAsync(City, "fukushi");
        var ordinary = app.Pages();
        await ordinary.LoginAsync(City, "kankyo01");
        Assert.Equal(HttpStatusCode.Forbidden, (await selector.SubmitAsync(season, new Dictionary<string, string> { ["staffRecordId"] = other.Id.ToString() }, season + "?handler=Nominate")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await ordinary.SubmitAsync(season, new Dictionary<string, string> { ["staffRecordId"] = other.Id.ToString() }, season + "?handler=Nominate")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await selector.SubmitAsync(season, new Dictionary<string, string>(), season + "?handler=Close")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await selector.SubmitAsync(season, new Dictionary<string, string> { ["staffRecordId"] = own.Id.ToString() }, season + "?handler=Nominate")).Status);

        // The nominee is told on their own page and may add a profile.
        var nominee = app.Pages();
        await nominee.LoginAsync(City, "shimin01");
        Assert.Contains("「代理指名シーズン」のドラフト候補に推薦されました", (await nominee.GetAsync($"/{City}/staff/personnel")).Text);

        var people = new[] { other, await app.LinkedAsync(City, "kankyo") };
        foreach (var p in people)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(season, new Dictionary<string, string> { ["staffRecordId"] = p.Id.ToString() }, season + "?handler=Nominate")).Status);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(season, new Dictionary<string, string>(), season + "?handler=Close")).Status);

        // Everyone wants the 市民課 nominee first.
        var wishes = new Dictionary<string, Guid[]> { ["fukushi"] = [own.Id, people[1].Id], ["kankyo"] = [own.Id, other.Id], ["shimin"] = [other.Id, people[1].Id] };
        foreach (var (department, ranked) in wishes)
        {
            var fields = new Dictionary<string, string> { ["department"] = department };
            for (var i = 0; i < ranked.Length; i++)
            {
                fields[$"ranks[{ranked[i]}]"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var saved = await hr.SubmitAsync(season + "?dept=" + department, fields, season + "?handler=Wishes&dept=" + department);
            Assert.True(saved.Status == HttpStatusCode.Redirect, saved.Html);
        }

        var ran = await hr.SubmitAsync(season, new Dictionary<string, string>(), season + "?handler=Proxy");
        Assert.True(ran.Status == HttpStatusCode.Redirect, ran.Html);
        var board = await hr.GetAsync(season + "/board");
        Assert.Contains("指名はすべて終わりました", board.Text);
        Assert.Contains("抽選", board.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(season, new Dictionary<string, string>(), season + "?handler=Complete")).Status);

        var secondments = await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().Secondments.AsNoTracking().ToListAsync());
        Assert.All(secondments, s => Assert.NotEqual(s.FromDepartmentCode, s.ToDepartmentCode));
        Assert.All(secondments, s => Assert.Equal(new DateOnly(2026, 7, 31), s.EndDate));
        Assert.Equal("shimin", secondments.Single(s => s.StaffRecordId == other.Id).ToDepartmentCode);
        var lotteryWinner = secondments.Single(s => s.StaffRecordId == own.Id).ToDepartmentCode;
        Assert.Contains(lotteryWinner, new[] { "fukushi", "kankyo" });

        // 外れ1位: if fukushi lost it re-bids its next wish (kankyo's nominee); if kankyo lost, its list is exhausted.
        Assert.Equal(lotteryWinner == "kankyo" ? 3 : 2, secondments.Count);

        // A second proxy run is refused: the meeting has already happened.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await hr.SubmitAsync(season, new Dictionary<string, string>(), season + "?handler=Proxy")).Status);
    }
}

public sealed class ProxyDraftOnSqlite(SqliteApp app) : ProxyDraftScenarios<SqliteApp>(app);

public sealed class ProxyDraftOnPostgres(PostgresApp app) : ProxyDraftScenarios<PostgresApp>(app);
