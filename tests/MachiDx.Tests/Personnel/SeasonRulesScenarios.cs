using System.Globalization;
using System.Net;
using System.Text.Json;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Personnel.Seasons;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Personnel;

/// <summary>HR edits a season's eligibility rules as a new version, audited, only before any nomination.</summary>
public abstract class SeasonRulesScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "miyama";

    [Fact]
    public async Task HR_saves_a_new_rule_version_with_field_errors_for_bad_input_and_only_before_nominations()
    {
        var hr = app.Pages();
        await hr.LoginAsync(City, "hr");
        var created = await hr.SubmitAsync($"/{City}/staff/personnel/seasons", new Dictionary<string, string>
        {
            ["Input.Name"] = "基準変更シーズン", ["Input.ReferenceDate"] = "2026-04-01", ["Input.NominationDeadline"] = "2026-05-01",
            ["Input.DraftDate"] = "2026-05-10", ["Input.SecondmentStart"] = "2026-06-01", ["Input.SecondmentMonths"] = "3", ["Input.NominationsPerDepartment"] = "1",
        });
        Assert.True(created.Status == HttpStatusCode.Redirect, created.Html);
        var season = created.Location!;
        var seasonId = Guid.Parse(season[(season.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        var rules = season + "/rules";

        // Staff who are not HR cannot open the page.
        var staff = app.Pages();
        await staff.LoginAsync(City, "staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(rules)).Status);

        // Bad input: field-level Japanese errors, nothing saved.
        var bad = await hr.SubmitAsync(rules, Form("6", "5", "30", "3", "9.5"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        Assert.Equal("ドラフト対象の終了年目は開始年目以降にしてください。", bad.FieldError("Input_DraftToYear"));
        Assert.Equal("人事評価点の下限は0.0〜5.0で入力してください。", bad.FieldError("Input_FaMinScore"));
        var missing = await hr.SubmitAsync(rules, Form("3", "5", "", "3", "3.5"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.Status);
        Assert.Equal("年齢の上限を入力してください。", missing.FieldError("Input_DraftUnderAge"));
        Assert.Equal(EligibilityRules.Default, await RulesAsync(seasonId));

        // Good input: version 2, audited with before and after.
        var saved = await hr.SubmitAsync(rules, Form("2", "6", "28", "4", "4.0", onLeave: false));
        Assert.True(saved.Status == HttpStatusCode.Redirect, saved.Html);
        var current = await RulesAsync(seasonId);
        Assert.Equal(EligibilityRules.Default with { Version = 2, DraftFromYear = 2, DraftToYear = 6, DraftUnderAge = 28, FaFromYear = 4, FaMinScore = 4.0, ExcludeOnLeave = false }, current);
        Assert.Contains("第2版", (await hr.GetAsync(rules)).Text);
        var audited = await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == "DraftSeason.RulesChanged" && a.TargetId == seasonId.ToString()).ToListAsync());
        Assert.Contains("\"version\":2", Assert.Single(audited).DetailsJson);

        // Once a department has nominated, the rules are locked and a post changes nothing.
        var person = await app.LinkedAsync(City, "zeimu");
        await app.WithScopeAsync(City, async sp =>
        {
            var db = sp.GetRequiredService<PersonnelDbContext>();
            db.Nominations.Add(new Nomination { Id = Guid.CreateVersion7(), SeasonId = seasonId, StaffRecordId = person.Id, DepartmentCode = person.DepartmentCode, NominatedAtUtc = app.Clock.UtcNow });
            return await db.SaveChangesAsync();
        });
        var locked = await hr.SubmitAsync(rules, Form("3", "5", "30", "3", "3.5"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, locked.Status);
        Assert.Contains("推薦がすでにあるため", locked.Text);
        Assert.Equal(current, await RulesAsync(seasonId));
    }

    private Task<EligibilityRules> RulesAsync(Guid seasonId) =>
        app.WithScopeAsync(City, async sp => JsonSerializer.Deserialize<EligibilityRules>(
            (await sp.GetRequiredService<PersonnelDbContext>().Seasons.AsNoTracking().SingleAsync(s => s.Id == seasonId)).RulesJson)!);

    private static Dictionary<string, string> Form(string from, string to, string age, string faFrom, string score, bool onLeave = true) => new()
    {
        ["Input.DraftFromYear"] = from, ["Input.DraftToYear"] = to, ["Input.DraftUnderAge"] = age, ["Input.FaFromYear"] = faFrom, ["Input.FaMinScore"] = score,
        ["Input.ExcludeOnLeave"] = onLeave ? "true" : "false", ["Input.ExcludeFixedTerm"] = "true", ["Input.ExcludeFiscalYearAppointee"] = "true",
    };
}

public sealed class SeasonRulesOnSqlite(SqliteApp app) : SeasonRulesScenarios<SqliteApp>(app);

public sealed class SeasonRulesOnPostgres(PostgresApp app) : SeasonRulesScenarios<PostgresApp>(app);
