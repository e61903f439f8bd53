using System.Net;
using MachiDx.Procedures.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Procedures;

/// <summary>DX staff edit their city's catalogue and search synonyms: audited, honest channel labels, search updated, city-local.</summary>
public abstract class CatalogueEditScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string Synonyms = "/okawa/staff/procedures/synonyms";

    [Fact]
    public async Task A_synonym_group_added_by_staff_finds_procedures_in_that_city_only_and_deleting_it_undoes_that()
    {
        var word = "わんこ" + Guid.NewGuid().ToString("N")[..3];
        Assert.Contains("見つかりませんでした", (await app.Pages().GetAsync("/okawa/procedures?q=" + Uri.EscapeDataString(word))).Text);

        var dx = app.Pages();
        await dx.LoginAsync("okawa", "dx");
        var single = await dx.SubmitAsync(Synonyms, new Dictionary<string, string> { ["Terms"] = word });
        Assert.Contains("2つ以上", single.FieldError("Terms"));
        var added = await dx.SubmitAsync(Synonyms, new Dictionary<string, string> { ["Terms"] = $"{word}、犬" });
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        var twice = await dx.SubmitAsync(Synonyms, new Dictionary<string, string> { ["Terms"] = $"犬, {word}" });
        Assert.Contains("すでにあります", twice.FieldError("Terms"));

        Assert.Contains("犬の登録", (await app.Pages().GetAsync("/okawa/procedures?q=" + Uri.EscapeDataString(word))).Text);
        Assert.Contains("見つかりませんでした", (await app.Pages().GetAsync("/miyama/procedures?q=" + Uri.EscapeDataString(word))).Text);
        var audited = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ProceduresDbContext>().AuditEntries.AnyAsync(a => a.Action == "procedures.synonyms.add"));
        Assert.True(audited);

        var page = await dx.GetAsync(Synonyms);
        var id = System.Text.RegularExpressions.Regex.Match(page.Html, "name=\"id\" value=\"([0-9a-f-]+)\"").Groups[1].Value;
        var deleted = await dx.SubmitAsync(Synonyms, new Dictionary<string, string> { ["id"] = id }, Synonyms + "?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Contains("見つかりませんでした", (await app.Pages().GetAsync("/okawa/procedures?q=" + Uri.EscapeDataString(word))).Text);

        var staff = app.Pages();
        await staff.LoginAsync("okawa", "staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(Synonyms)).Status);
    }

    [Fact]
    public async Task Dx_staff_edit_a_procedure_the_change_is_audited_shown_to_residents_and_stays_in_their_city()
    {
        var dx = app.Pages();
        await dx.LoginAsync("yukuhashi", "dx");
        var form = await dx.GetAsync("/yukuhashi/staff/procedures/catalogue/juminhyo-copy");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var fields = new Dictionary<string, string>
        {
            ["Input.Department"] = "市民課 証明係", ["Input.Summary"] = "住民票の写しを請求できます。", ["Input.FeeYen"] = "350", ["Input.FeeText"] = "1通350円",
            ["Input.StandardProcessingDays"] = "3", ["Input.Keywords"] = "住民票、証明", ["Input.LastVerified"] = "2026-11-01",
        };
        var content = fields.ToList();
        content.AddRange([new("Input.Channels", "online"), new("Input.Channels", "counter")]);
        content.Add(new("__RequestVerificationToken", form.AntiforgeryToken()));
        using (var response = await dx.Http.PostAsync("/yukuhashi/staff/procedures/catalogue/juminhyo-copy", new FormUrlEncodedContent(content)))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var detail = await app.Pages().GetAsync("/yukuhashi/procedures/juminhyo-copy");
        Assert.Contains("市民課 証明係", detail.Text);
        Assert.Contains("1通350円", detail.Text);
        var other = await app.Pages().GetAsync("/okawa/procedures/juminhyo-copy");
        Assert.DoesNotContain("市民課 証明係", other.Text);
        var entry = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ProceduresDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == "procedures.catalogue.update").OrderByDescending(a => a.Sequence).FirstAsync());
        var details = System.Text.RegularExpressions.Regex.Unescape(entry.DetailsJson);
        Assert.Contains("担当課", details);
        Assert.Contains("受付方法", details);
    }

    [Fact]
    public async Task The_same_synonym_group_sent_eight_times_at_once_is_stored_once()
    {
        var word = "同時" + Guid.NewGuid().ToString("N")[..4];
        var dx = app.Pages();
        await dx.LoginAsync("okawa", "dx");
        var token = (await dx.GetAsync(Synonyms)).AntiforgeryToken();
        var auditsBefore = await AddAuditsAsync();
        var answers = await AtOnce.RunAsync(8, _ => dx.PostAsync(Synonyms, new Dictionary<string, string> { ["Terms"] = $"{word}、どうじ", ["__RequestVerificationToken"] = token }));

        Assert.All(answers, a => Assert.True((int)a.Status < 500, a.Text));
        Assert.Single(answers, a => a.Status == HttpStatusCode.Redirect);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.Redirect), a => Assert.Contains("同じグループがすでにあります", a.Text));
        var groups = await app.WithScopeAsync("okawa", async sp => (await sp.GetRequiredService<ProceduresDbContext>()
            .Set<MachiDx.Procedures.Catalogue.Synonyms.StaffSynonymGroup>().AsNoTracking().ToListAsync()).Count(g => g.Terms.Contains(word)));
        Assert.Equal(1, groups);
        Assert.Equal(auditsBefore + 1, await AddAuditsAsync());
    }

    private Task<int> AddAuditsAsync() =>
        app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ProceduresDbContext>().AuditEntries.CountAsync(a => a.Action == "procedures.synonyms.add"));

    [Fact]
    public async Task The_same_edit_sent_eight_times_at_once_is_saved_and_audited_once()
    {
        const string Path = "/miyama/staff/procedures/catalogue/juminhyo-copy";
        var dx = app.Pages();
        await dx.LoginAsync("miyama", "dx");
        var form = await dx.GetAsync(Path);
        var content = new List<KeyValuePair<string, string>>
        {
            new("Input.Department", "市民課 証明担当"), new("Input.Summary", "住民票の写しを請求できます。"), new("Input.FeeYen", "420"), new("Input.FeeText", "1通420円"),
            new("Input.StandardProcessingDays", "2"), new("Input.Keywords", "住民票、写し"), new("Input.LastVerified", "2026-11-02"),
            new("Input.Channels", "counter"), new("__RequestVerificationToken", form.AntiforgeryToken()),
        };

        var answers = await AtOnce.RunAsync(8, async _ =>
        {
            using var response = await dx.Http.PostAsync(Path, new FormUrlEncodedContent(content));
            return (response.StatusCode, Text: await response.Content.ReadAsStringAsync());
        });

        Assert.All(answers, a => Assert.True((int)a.StatusCode < 500, a.Text));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Redirect), a => Assert.Contains("ほかの方がこの手続きを変更しました", a.Text));
        var (fee, audits) = await app.WithScopeAsync("miyama", async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            var city = sp.GetRequiredService<MachiDx.Platform.Tenancy.TenantContext>().Required.Id;
            return ((await db.CityProcedures.AsNoTracking().SingleAsync(p => p.Code == "juminhyo-copy")).FeeYen,
                await db.AuditEntries.CountAsync(a => a.Action == "procedures.catalogue.update" && a.TargetId == "juminhyo-copy" && a.MunicipalityId == city));
        });
        Assert.Equal(420, fee);
        Assert.Equal(1, audits);
    }

    [Fact]
    public async Task Online_cannot_be_claimed_for_a_procedure_without_an_online_route_and_bad_values_change_nothing()
    {
        var before = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<ProceduresDbContext>().CityProcedures.AsNoTracking().SingleAsync(p => p.Code == "tennyu"));
        var dx = app.Pages();
        await dx.LoginAsync("miyama", "admin");
        var form = await dx.GetAsync("/miyama/staff/procedures/catalogue/tennyu");
        var content = new List<KeyValuePair<string, string>>
        {
            new("Input.Department", ""), new("Input.Summary", "転入の届出"), new("Input.FeeYen", "-1"), new("Input.LastVerified", "2099-01-01"),
            new("Input.Channels", "online"), new("Input.Channels", "counter"), new("__RequestVerificationToken", form.AntiforgeryToken()),
        };
        using var response = await dx.Http.PostAsync("/miyama/staff/procedures/catalogue/tennyu", new FormUrlEncodedContent(content));
        var page = new Page(response.StatusCode, await response.Content.ReadAsStringAsync(), null);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("マイナポータル", page.FieldError("Input_Channels"));
        Assert.NotNull(page.FieldError("Input_Department"));
        Assert.NotNull(page.FieldError("Input_FeeYen"));
        Assert.Contains("今日以前", page.FieldError("Input_LastVerified"));
        var after = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<ProceduresDbContext>().CityProcedures.AsNoTracking().SingleAsync(p => p.Code == "tennyu"));
        Assert.Equal((before.Department, string.Join(',', before.Channels), before.UpdatedAtUtc), (after.Department, string.Join(',', after.Channels), after.UpdatedAtUtc));

        var resident = app.Pages();
        await resident.LoginAsync("miyama", "resident");
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetAsync("/miyama/staff/procedures/catalogue/tennyu")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await dx.GetAsync("/miyama/staff/procedures/catalogue/no-such-procedure")).Status);
    }
}

public sealed class CatalogueEditOnSqlite(SqliteApp app) : CatalogueEditScenarios<SqliteApp>(app);

public sealed class CatalogueEditOnPostgres(PostgresApp app) : CatalogueEditScenarios<PostgresApp>(app);
