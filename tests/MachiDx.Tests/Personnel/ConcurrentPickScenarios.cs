using System.Globalization;
using System.Net;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.Seasons;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Personnel;

/// <summary>Two chairs/selectors submit a round 2+ pick for the same turn at the same moment: exactly one is recorded.</summary>
public abstract class ConcurrentPickScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "okawa";

    [Fact]
    public async Task Two_picks_for_the_same_turn_at_once_record_exactly_one_and_the_loser_is_told_to_reload()
    {
        var hr = app.Pages();
        await hr.LoginAsync(City, "hr");
        var other = app.Pages();
        await other.LoginAsync(City, "hr");
        var created = await hr.SubmitAsync($"/{City}/staff/personnel/seasons", new Dictionary<string, string>
        {
            ["Input.Name"] = "同時指名シーズン", ["Input.ReferenceDate"] = "2026-04-01", ["Input.NominationDeadline"] = "2026-05-01",
            ["Input.DraftDate"] = "2026-05-10", ["Input.SecondmentStart"] = "2026-06-01", ["Input.SecondmentMonths"] = "3", ["Input.NominationsPerDepartment"] = "2",
        });
        Assert.True(created.Status == HttpStatusCode.Redirect, created.Html);
        var season = created.Location!;
        var seasonId = Guid.Parse(season[(season.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);

        // Two nominees per department (arranged directly: eligibility is not what this scenario is about).
        var nominees = await app.WithScopeAsync(City, async sp =>
        {
            var db = sp.GetRequiredService<PersonnelDbContext>();
            var result = new Dictionary<string, List<Guid>>();
            var staff = await db.Staff.AsNoTracking().Select(s => new { s.Id, s.DepartmentCode, s.StaffNumber }).ToListAsync();
            foreach (var g in staff.GroupBy(s => s.DepartmentCode).Where(g => g.Count() >= 2).OrderBy(g => g.Key, StringComparer.Ordinal).Take(3))
            {
                var d = g.Key;
                result[d] = [.. g.OrderBy(s => s.StaffNumber, StringComparer.Ordinal).Select(s => s.Id).Take(2)];
                db.Nominations.AddRange(result[d].Select(id => new Nomination { Id = Guid.CreateVersion7(), SeasonId = seasonId, StaffRecordId = id, DepartmentCode = d, NominatedAtUtc = app.Clock.UtcNow }));
            }

            await db.SaveChangesAsync();
            return result;
        });
        var departments = nominees.Keys.ToArray();
        Assert.Equal(3, departments.Length);
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(season, new Dictionary<string, string>(), season + "?handler=Close")).Status);

        // Round 1 without contest: each department bids a different department's first nominee.
        for (var i = 0; i < departments.Length; i++)
        {
            var target = nominees[departments[(i + 1) % departments.Length]][0];
            var bid = await hr.SubmitAsync(season, new Dictionary<string, string> { ["department"] = departments[i], ["candidate"] = target.ToString() }, season + "?handler=Bid");
            Assert.True(bid.Status == HttpStatusCode.Redirect, bid.Html);
        }

        var open = departments.Select(d => nominees[d][1]).ToList();
        for (var turn = 0; turn < 2; turn++)
        {
            var turnDepartment = await app.WithScopeAsync(City, async sp =>
            {
                var db = sp.GetRequiredService<PersonnelDbContext>();
                var s = await db.Seasons.AsNoTracking().SingleAsync(x => x.Id == seasonId);
                return (await sp.GetRequiredService<SeasonDraft>().LoadAsync(s, CancellationToken.None)).TurnDepartment!;
            });
            var choices = open.Where(id => !nominees[turnDepartment].Contains(id)).ToList();

            // First turn: different candidates; second turn: the same candidate. Both forms were loaded before either posts.
            var first = choices[0];
            var second = turn == 0 && choices.Count > 1 ? choices[1] : choices[0];
            var formA = await hr.GetAsync(season);
            var formB = await other.GetAsync(season);
            var results = await Task.WhenAll(
                hr.PostAsync(season + "?handler=Pick", Fields(formA, turnDepartment, first, turn)),
                other.PostAsync(season + "?handler=Pick", Fields(formB, turnDepartment, second, turn)));

            Assert.Single(results, r => r.Status == HttpStatusCode.Redirect);
            var loser = Assert.Single(results, r => r.Status != HttpStatusCode.Redirect);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, loser.Status);
            Assert.Contains("ほかの部署が先に指名しました。最新の状況を確認してください。", loser.Text);

            var picks = await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().DraftInputs.AsNoTracking()
                .Where(x => x.SeasonId == seasonId && x.Round >= 2).ToListAsync());
            Assert.Equal(turn + 1, picks.Count);
            Assert.Equal(picks.Count, picks.Select(p => p.StaffRecordId).Distinct().Count());
            open.Remove(picks.OrderBy(p => p.Sequence).Last().StaffRecordId!.Value);
        }

        // A stale page (the turn it showed has been taken) changes nothing either.
        var stale = await hr.SubmitAsync(season, new Dictionary<string, string> { ["department"] = departments[0], ["turn"] = "0" }, season + "?handler=Pass");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.Status);
        Assert.Equal(2, await app.CountAsync(City, db => db.DraftInputs.Where(x => x.SeasonId == seasonId && x.Round >= 2)));
    }

    private static Dictionary<string, string> Fields(Page form, string department, Guid candidate, int turn) => new()
    {
        ["__RequestVerificationToken"] = form.AntiforgeryToken(),
        ["department"] = department,
        ["candidate"] = candidate.ToString(),
        ["turn"] = turn.ToString(CultureInfo.InvariantCulture),
    };
}

public sealed class ConcurrentPickOnSqlite(SqliteApp app) : ConcurrentPickScenarios<SqliteApp>(app);

public sealed class ConcurrentPickOnPostgres(PostgresApp app) : ConcurrentPickScenarios<PostgresApp>(app);
