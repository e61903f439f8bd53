using System.Net;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.LifeEvents;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Procedures;

/// <summary>DX staff edit a city's life-event guide graphs: checked before saving, audited, shown to that city's residents only, restorable.</summary>
public abstract class GuideEditScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private static readonly GuideLibrary Library = GuideLibrary.Load();

    private static string Editor(string city, string code) => $"/{city}/staff/procedures/guides/{code}";

    private static Dictionary<string, string> Form(GuideGraph graph, int baseVersion = 0) =>
        new() { ["GraphJson"] = GuideCheck.ToJson(graph), ["BaseVersion"] = baseVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>The national graph with one more answer to its first question, leading straight to a checklist with 転入届.</summary>
    private static GuideGraph WithExtraAnswer(string code, string label)
    {
        var national = Library.Find(code)!;
        return national with
        {
            Questions = [.. national.Questions.Select(q => q.Id == national.Start
                ? q with { Answers = [.. q.Answers, new GuideAnswer("city-extra", label, ["tennyu"], null)] }
                : q)],
        };
    }

    [Fact]
    public async Task Dx_staff_customise_a_guide_which_residents_of_that_city_follow_while_other_cities_keep_the_national_one()
    {
        var dx = app.Pages();
        await dx.LoginAsync("okawa", "dx");
        var list = await dx.GetAsync("/okawa/staff/procedures/guides");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains("全国共通", list.Text);
        var form = await dx.GetAsync(Editor("okawa", "birth"));
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("\"code\": \"birth\"", form.Text);

        var custom = WithExtraAnswer("birth", "大川市の独自の選択肢です");
        var preview = await dx.SubmitAsync(Editor("okawa", "birth"), Form(custom), Editor("okawa", "birth") + "?handler=Preview");
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("問題はありません", preview.Text);
        Assert.Contains("転入届", preview.Text);
        Assert.DoesNotContain("大川市の独自の選択肢です", (await app.Pages().GetAsync("/okawa/guide/birth?date=2026-04-01")).Text);

        var saved = await dx.SubmitAsync(Editor("okawa", "birth"), Form(custom));
        Assert.True(saved.Status == HttpStatusCode.Redirect, saved.Html);

        var resident = app.Pages();
        Assert.Contains("大川市の独自の選択肢です", (await resident.GetAsync("/okawa/guide/birth?date=2026-04-01")).Text);
        var done = await resident.GetAsync("/okawa/guide/birth?date=2026-04-01&a=city-extra");
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("件の手続きが見つかりました", done.Text);
        Assert.Contains("転入届", done.Text);

        Assert.DoesNotContain("大川市の独自の選択肢です", (await resident.GetAsync("/yukuhashi/guide/birth?date=2026-04-01")).Text);
        Assert.Equal(HttpStatusCode.BadRequest, (await resident.GetAsync("/yukuhashi/guide/birth?date=2026-04-01&a=city-extra")).Status);

        Assert.Contains("この市の版（第1版）", (await dx.GetAsync("/okawa/staff/procedures/guides")).Text);
        var entry = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ProceduresDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == "procedures.guide.update" && a.TargetId == "birth").SingleAsync());
        Assert.Contains("tennyu", entry.DetailsJson);
        Assert.Equal(0, await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ProceduresDbContext>().CityGuides.CountAsync()));
    }

    [Fact]
    public async Task Restoring_the_national_version_is_audited_and_a_form_opened_before_it_cannot_overwrite_it()
    {
        var dx = app.Pages();
        await dx.LoginAsync("okawa", "admin");
        var national = Library.Find("care")!;
        var renamed = national with { Title = "介護（大川市版）" };
        Assert.Equal(HttpStatusCode.Redirect, (await dx.SubmitAsync(Editor("okawa", "care"), Form(renamed))).Status);
        Assert.Contains("介護（大川市版）", (await app.Pages().GetAsync("/okawa/guide")).Text);

        var form = await dx.GetAsync(Editor("okawa", "care"));
        Assert.Equal("1", form.Hidden("BaseVersion"));
        Assert.Contains("全国共通の版に戻す", form.Text);
        var restored = await dx.PostAsync(Editor("okawa", "care") + "?handler=Restore",
            new Dictionary<string, string> { ["BaseVersion"] = "1", ["__RequestVerificationToken"] = form.AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.Redirect, restored.Status);
        Assert.DoesNotContain("介護（大川市版）", (await app.Pages().GetAsync("/okawa/guide")).Text);
        Assert.Contains(national.Title, (await app.Pages().GetAsync("/okawa/guide")).Text);

        var row = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ProceduresDbContext>().CityGuides.AsNoTracking().SingleAsync(g => g.Code == "care"));
        Assert.Null(row.GraphJson);
        Assert.Equal(2, row.Version);
        Assert.True(await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ProceduresDbContext>().AuditEntries
            .AnyAsync(a => a.Action == "procedures.guide.restore" && a.TargetId == "care")));

        // The form still says version 1: saving it now would silently undo the restore.
        var stale = await dx.PostAsync(Editor("okawa", "care"), new Dictionary<string, string>(Form(renamed, baseVersion: 1))
        {
            ["__RequestVerificationToken"] = form.AntiforgeryToken(),
        });
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Contains("開き直してください", stale.FieldError("GraphJson"));
        Assert.DoesNotContain("介護（大川市版）", (await app.Pages().GetAsync("/okawa/guide")).Text);
    }

    [Fact]
    public async Task Broken_json_unknown_procedures_and_cycles_are_refused_at_the_field_and_change_nothing()
    {
        var admin = app.Pages();
        await admin.LoginAsync("miyama", "admin");
        var path = Editor("miyama", "death");
        var national = Library.Find("death")!;

        var broken = await admin.SubmitAsync(path, new Dictionary<string, string> { ["GraphJson"] = "{ \"code\": \"death\", ", ["BaseVersion"] = "0" });
        Assert.Equal(HttpStatusCode.OK, broken.Status);
        Assert.Contains("JSONの形式が正しくありません", broken.FieldError("GraphJson"));

        var unknown = national with
        {
            Questions = [.. national.Questions.Select((q, i) => i == 0 ? q with { Answers = [.. q.Answers.Select(a => a with { Add = ["no-such-procedure"] })] } : q)],
        };
        var refused = await admin.SubmitAsync(path, Form(unknown));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("「no-such-procedure」がこの市の手続きにありません", refused.FieldError("GraphJson"));

        var last = national.Questions.First(q => q.Answers.All(a => a.Next is null) && q.Id != national.Start);
        var cyclic = national with
        {
            Questions = [.. national.Questions.Select(q => q.Id == last.Id ? q with { Answers = [.. q.Answers.Select(a => a with { Next = national.Start })] } : q)],
        };
        Assert.Contains("循環", (await admin.SubmitAsync(path, Form(cyclic))).FieldError("GraphJson"));
        Assert.Contains("「code」は「death」", (await admin.SubmitAsync(path, Form(national with { Code = "moving" }))).FieldError("GraphJson"));
        Assert.Contains("入力してください", (await admin.SubmitAsync(path, new Dictionary<string, string> { ["GraphJson"] = "", ["BaseVersion"] = "0" })).FieldError("GraphJson"));

        Assert.Equal(0, await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<ProceduresDbContext>().CityGuides.CountAsync()));
        Assert.False(await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<ProceduresDbContext>().AuditEntries.AnyAsync(a => a.TargetType == "guide" && a.TargetId == "death")));
        var first = await app.Pages().GetAsync("/miyama/guide/death?date=2026-04-01");
        Assert.Contains(national.Question(national.Start).Text, first.Text);
    }

    [Fact]
    public async Task Residents_and_staff_without_the_role_cannot_open_the_guide_editor()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await app.Pages().GetAsync("/yukuhashi/staff/procedures/guides")).Status);
        foreach (var local in new[] { "resident", "staff" })
        {
            var user = app.Pages();
            await user.LoginAsync("yukuhashi", local);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/yukuhashi/staff/procedures/guides")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync(Editor("yukuhashi", "moving"))).Status);
        }

        var dx = app.Pages();
        await dx.LoginAsync("yukuhashi", "dx");
        Assert.Equal(HttpStatusCode.NotFound, (await dx.GetAsync(Editor("yukuhashi", "no-such-event"))).Status);
    }
}

public sealed class GuideEditOnSqlite(SqliteApp app) : GuideEditScenarios<SqliteApp>(app);

public sealed class GuideEditOnPostgres(PostgresApp app) : GuideEditScenarios<PostgresApp>(app);
