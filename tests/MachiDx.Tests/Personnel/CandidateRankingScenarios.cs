using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.Roster;
using MachiDx.Personnel.Seasons;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Personnel;

/// <summary>Nominees rank the departments they would like to go to; the simulator uses those rankings.</summary>
public abstract partial class CandidateRankingScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "okawa";
    private const string Home = $"/{City}/staff/personnel";

    [Fact]
    public async Task Nominees_rank_other_participating_departments_until_the_meeting_starts_and_the_simulator_uses_their_rankings()
    {
        var hr = app.Pages();
        await hr.LoginAsync(City, "hr");
        var (season, seasonId, nominees) = await SeasonWithNomineesAsync(hr, "希望順位シーズン", "zeimu", "hoken", "kosodate");
        var (z, h, k) = (nominees[0], nominees[1], nominees[2]);

        var zeimu = await NomineeAsync("zeimu01");
        var hoken = await NomineeAsync("hoken01");
        var kosodate = await NomineeAsync("kosodate01");
        Assert.Contains("行ってみたい部署（希望順・任意）", (await zeimu.GetAsync(Home)).Text);

        var saved = await RankAsync(zeimu, seasonId, "hoken", "kosodate");
        Assert.True(saved.Status == HttpStatusCode.Redirect, saved.Html);
        Assert.Equal(["hoken", "kosodate"], await StatedAsync(seasonId, z.Id));

        // Own department, or one without nominees (not taking part), is refused and changes nothing.
        foreach (var refused in new[] { "zeimu", "shimin" })
        {
            var response = await RankAsync(zeimu, seasonId, refused);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
            Assert.Contains(CandidateRankings.OtherDepartmentsOnly, response.Text);
        }

        Assert.Equal(["hoken", "kosodate"], await StatedAsync(seasonId, z.Id));

        // Staff of another department who were not nominated have nothing to rank.
        var bystander = app.Pages();
        await bystander.LoginAsync(City, "shimin01");
        Assert.Equal(HttpStatusCode.NotFound, (await RankAsync(bystander, seasonId, "zeimu")).Status);
        Assert.Equal(0, await app.CountAsync(City, db => db.CandidatePreferences.Where(p => p.SeasonId == seasonId && p.StaffRecordId != z.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(season, new Dictionary<string, string>(), season + "?handler=Close")).Status);

        // Still open after the order is frozen, until the first bid.
        Assert.Equal(HttpStatusCode.Redirect, (await RankAsync(hoken, seasonId, "kosodate", "zeimu")).Status);
        foreach (var (department, ranked) in new[] { ("zeimu", new[] { h.Id, k.Id }), ("hoken", new[] { k.Id, z.Id }), ("kosodate", new[] { z.Id, h.Id }) })
        {
            var fields = new Dictionary<string, string> { ["department"] = department };
            for (var i = 0; i < ranked.Length; i++)
            {
                fields[$"ranks[{ranked[i]}]"] = (i + 1).ToString(CultureInfo.InvariantCulture);
            }

            Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(season + "?dept=" + department, fields, season + "?handler=Wishes&dept=" + department)).Status);
        }

        // Two of three stated: only the third is labelled an assumption.
        var partial = await hr.GetAsync(season + "/simulator");
        Assert.Contains("3人中2人が、行きたい部署の順位を登録しています", partial.Text);
        Assert.Contains("順位を登録していない候補者（1人）は", partial.Text);

        // kosodate's nominee would go only to 税務課.
        Assert.Equal(HttpStatusCode.Redirect, (await RankAsync(kosodate, seasonId, "zeimu")).Status);
        var full = await hr.GetAsync(season + "/simulator");
        Assert.Contains("3人中3人が", full.Text);
        Assert.DoesNotContain("順位を登録していない候補者", full.Text);

        // Candidate-proposing DA: z→保険年金課, h→子育て支援課, k→税務課 (each gets their first acceptable choice).
        // TTC: 保険年金課 would point at k first, but k did not list it, so it points at z; 税務課 points at h:
        // the two swap, and k (wanted only by 税務課, now full) stays home.
        Assert.Equal("保険年金課", Cell(full.Html, z.StaffNumber, "CandidateProposingDeferredAcceptance"));
        Assert.Equal("子育て支援課", Cell(full.Html, h.StaffNumber, "CandidateProposingDeferredAcceptance"));
        Assert.Equal("税務課", Cell(full.Html, k.StaffNumber, "CandidateProposingDeferredAcceptance"));
        Assert.Equal("保険年金課", Cell(full.Html, z.StaffNumber, "TopTradingCycles"));
        Assert.Equal("税務課", Cell(full.Html, h.StaffNumber, "TopTradingCycles"));
        Assert.Equal("—", Cell(full.Html, k.StaffNumber, "TopTradingCycles"));

        // The first bid starts the meeting: rankings are frozen.
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(season, new Dictionary<string, string> { ["department"] = "zeimu", ["candidate"] = h.Id.ToString() }, season + "?handler=Bid")).Status);
        var frozen = await RankAsync(kosodate, seasonId, "hoken");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, frozen.Status);
        Assert.Contains(CandidateRankings.Frozen, frozen.Text);
        Assert.Equal(["zeimu"], await StatedAsync(seasonId, k.Id));
        Assert.Contains("指名会議が始まったため、希望は変更できません。", (await kosodate.GetAsync(Home)).Text);
    }

    [Fact]
    public async Task A_ranking_saved_in_the_same_instant_as_the_first_bid_is_ordered_before_it_or_refused()
    {
        var hr = app.Pages();
        await hr.LoginAsync(City, "hr");
        var (season, seasonId, nominees) = await SeasonWithNomineesAsync(hr, "同時刻シーズン", "fukushi", "kankyo", "shimin");
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(season, new Dictionary<string, string>(), season + "?handler=Close")).Status);
        var clients = new[] { await NomineeAsync("fukushi01"), await NomineeAsync("kankyo01"), await NomineeAsync("shimin01") };
        string[][] orders = [["kankyo", "shimin"], ["shimin", "fukushi"], ["fukushi", "kankyo"]];

        // Each nominee keeps saving while HR opens the meeting with the first bid.
        var bidPage = await hr.GetAsync(season);
        var bid = Task.Run(async () =>
        {
            await Task.Delay(40);
            return await hr.PostAsync(season + "?handler=Bid", new Dictionary<string, string>
            {
                ["department"] = "fukushi", ["candidate"] = nominees[1].Id.ToString(), ["__RequestVerificationToken"] = bidPage.AntiforgeryToken(),
            });
        });
        var saves = clients.Select((client, i) => Task.Run(async () =>
        {
            var statuses = new List<HttpStatusCode>();
            for (var n = 0; n < 12; n++)
            {
                statuses.Add((await RankAsync(client, seasonId, n % 2 == 0 ? orders[i] : [.. orders[i].Reverse()])).Status);
            }

            return statuses;
        })).ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await bid).Status);
        var outcomes = (await Task.WhenAll(saves)).SelectMany(x => x).ToList();
        Assert.All(outcomes, status => Assert.True(status is HttpStatusCode.Redirect or HttpStatusCode.UnprocessableEntity, status.ToString()));

        // In the audit chain every saved ranking comes before the bid, and there is one entry per accepted save.
        var entries = await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().AuditEntries.AsNoTracking()
            .Where(a => (a.Action == "Draft.CandidateRankingSaved" && a.DetailsJson.Contains(seasonId.ToString())) || (a.Action == "Draft.BidSealed" && a.TargetId == seasonId.ToString()))
            .Select(a => new { a.Action, a.Sequence }).ToListAsync());
        var bidSequence = Assert.Single(entries, e => e.Action == "Draft.BidSealed").Sequence;
        var rankings = entries.Where(e => e.Action == "Draft.CandidateRankingSaved").ToList();
        Assert.Equal(outcomes.Count(o => o == HttpStatusCode.Redirect), rankings.Count);
        Assert.All(rankings, r => Assert.True(r.Sequence < bidSequence, $"ranking #{r.Sequence} was saved after the first bid #{bidSequence}"));

        // And nothing can be saved now.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await RankAsync(clients[0], seasonId, "shimin")).Status);
    }

    private async Task<(string Season, Guid SeasonId, StaffRecord[] Nominees)> SeasonWithNomineesAsync(PageClient hr, string name, params string[] departments)
    {
        var (season, seasonId) = await hr.CreateSeasonAsync(City, name);
        var nominees = new List<StaffRecord>();
        foreach (var department in departments)
        {
            var person = await app.LinkedAsync(City, department);
            Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(season, new Dictionary<string, string> { ["staffRecordId"] = person.Id.ToString() }, season + "?handler=Nominate")).Status);
            nominees.Add(person);
        }

        return (season, seasonId, [.. nominees]);
    }

    private async Task<PageClient> NomineeAsync(string local)
    {
        var client = app.Pages();
        await client.LoginAsync(City, local);
        return client;
    }

    private static Task<Page> RankAsync(PageClient client, Guid seasonId, params string[] departments)
    {
        var fields = new Dictionary<string, string> { ["seasonId"] = seasonId.ToString() };
        for (var i = 0; i < departments.Length; i++)
        {
            fields[$"ranks[{departments[i]}]"] = (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        return client.SubmitAsync(Home, fields, Home + "?handler=Ranking");
    }

    private Task<List<string>> StatedAsync(Guid seasonId, Guid staffRecordId) =>
        app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().CandidatePreferences.AsNoTracking()
            .Where(p => p.SeasonId == seasonId && p.StaffRecordId == staffRecordId).OrderBy(p => p.Rank).Select(p => p.DepartmentCode).ToListAsync());

    private static string Cell(string html, string staffNumber, string mechanism)
    {
        var row = Regex.Match(html, $"<tr><th scope=\"row\">{Regex.Escape(staffNumber)} .*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no simulator row for {staffNumber}");
        return Regex.Match(row.Value, $"data-mechanism=\"{mechanism}\">([^<]*)</td>").Groups[1].Value;
    }
}

public sealed class CandidateRankingOnSqlite(SqliteApp app) : CandidateRankingScenarios<SqliteApp>(app);

public sealed class CandidateRankingOnPostgres(PostgresApp app) : CandidateRankingScenarios<PostgresApp>(app);
