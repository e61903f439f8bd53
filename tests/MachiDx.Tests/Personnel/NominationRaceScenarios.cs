using System.Globalization;
using System.Net;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Personnel.Roster;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Personnel;

/// <summary>
/// Count rules of the draft and FA under concurrency: nominations sent at the same moment stay within the department's
/// cap, and one person's FA declarations sent at once leave exactly one active declaration.
/// </summary>
public abstract class NominationRaceScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "okawa";
    private const int Requests = 8;

    [Fact]
    public async Task Eight_nominations_sent_at_once_stay_within_the_departments_cap_of_two()
    {
        var hr = app.Pages();
        await hr.LoginAsync(City, "hr");
        var created = await hr.SubmitAsync($"/{City}/staff/personnel/seasons", new Dictionary<string, string>
        {
            ["Input.Name"] = "同時推薦シーズン", ["Input.ReferenceDate"] = "2026-04-01", ["Input.NominationDeadline"] = "2026-05-01",
            ["Input.DraftDate"] = "2026-05-10", ["Input.SecondmentStart"] = "2026-06-01", ["Input.SecondmentMonths"] = "3", ["Input.NominationsPerDepartment"] = "2",
        });
        Assert.True(created.Status == HttpStatusCode.Redirect, created.Html);
        var season = created.Location!;
        var seasonId = Guid.Parse(season[(season.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);

        // Eight eligible people (4th year on the reference date) in a department of their own, so the cap is what decides.
        var department = "race" + Guid.NewGuid().ToString("N")[..8];
        var people = await app.WithScopeAsync(City, async sp =>
        {
            var db = sp.GetRequiredService<PersonnelDbContext>();
            var added = Enumerable.Range(1, Requests).Select(i => new StaffRecord
            {
                Id = Guid.CreateVersion7(), StaffNumber = department[4..] + i.ToString("00", CultureInfo.InvariantCulture), FullName = $"同時 推薦{i}",
                FullNameKana = "どうじ すいせん", DepartmentCode = department, BirthDate = new DateOnly(1995, 5, 1), HireDate = new DateOnly(2023, 4, 1),
                JobType = "一般事務", Employment = EmploymentType.Regular,
            }).ToList();
            db.Staff.AddRange(added);
            await db.SaveChangesAsync();
            return added.Select(p => p.Id).ToList();
        });

        var form = await hr.GetAsync(season);
        var token = form.AntiforgeryToken();
        var results = await AtOnce.RunAsync(Requests, i => hr.PostAsync(season + "?handler=Nominate", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["staffRecordId"] = people[i].ToString(),
        }));

        Assert.All(results, r => Assert.True((int)r.Status < 500, $"{(int)r.Status}:\n{r.Text}"));
        var nominated = await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().Nominations.AsNoTracking()
            .Where(n => n.SeasonId == seasonId).Select(n => new { n.StaffRecordId, n.DepartmentCode }).ToListAsync());
        Assert.Equal(2, nominated.Count);
        Assert.All(nominated, n => Assert.Equal(department, n.DepartmentCode));
        Assert.Equal(2, results.Count(r => r.Status == HttpStatusCode.Redirect));
        var refused = results.Where(r => r.Status != HttpStatusCode.Redirect).ToList();
        Assert.Equal(Requests - 2, refused.Count);
        Assert.All(refused, r =>
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, r.Status);
            Assert.Contains("1部署あたりの推薦は2人までです。", r.Text);
        });
    }

    [Fact]
    public async Task Eight_fa_declarations_sent_at_once_by_one_person_leave_exactly_one()
    {
        var declarer = await app.LinkedAsync(City, "shimin");
        await app.SetLatestScoreAsync(City, declarer.Id, 4.0);
        var me = app.Pages();
        await me.LoginAsync(City, "shimin01");
        var home = await me.GetAsync($"/{City}/staff/personnel");
        Assert.Contains("FA宣言：宣言できます", home.Text);
        var token = home.AntiforgeryToken();

        var results = await AtOnce.RunAsync(Requests, _ => me.PostAsync($"/{City}/staff/personnel?handler=Declare", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.TargetDepartment"] = "hoken",
            ["Input.Plan"] = "窓口の混雑を減らすため、転入手続のオンライン事前入力を広げたいと考えています。",
        }));

        Assert.All(results, r => Assert.True((int)r.Status < 500, $"{(int)r.Status}:\n{r.Text}"));
        var declarations = await app.CountAsync(City, db => db.Declarations.Where(d => d.StaffRecordId == declarer.Id));
        Assert.Equal(1, declarations);
        Assert.Single(results, r => r.Status == HttpStatusCode.Redirect);
        Assert.All(results.Where(r => r.Status != HttpStatusCode.Redirect), r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.Status);
            Assert.Contains("FA宣言は1件ずつです。手続き中の宣言があります。", r.Text);
        });
    }
}

public sealed class NominationRaceOnSqlite(SqliteApp app) : NominationRaceScenarios<SqliteApp>(app);

public sealed class NominationRaceOnPostgres(PostgresApp app) : NominationRaceScenarios<PostgresApp>(app);
