using System.Net;
using MachiDx.Insight.Data;
using MachiDx.Platform.Data;
using MachiDx.Platform.Web.SubmitOnce;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Platform;

/// <summary>
/// A form rendered with <c>submit-once</c> has one effect however often it is sent: copies at the same moment, a resend
/// after it succeeded, and a corrected resend after it was refused (which must still work). Shown on the DigiLab
/// request form, whose every submission would otherwise store a new numbered request.
/// </summary>
public abstract class SubmitOnceScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string Path = "/okawa/staff/insight/digilab/new";

    [Fact]
    public async Task Eight_copies_of_one_form_at_once_store_one_request_and_all_land_on_it()
    {
        var staff = app.Pages();
        await staff.LoginAsync("okawa", "staff");
        var form = await staff.GetAsync(Path);
        var title = "一度だけ-" + Guid.NewGuid().ToString("N")[..8];
        var fields = Fields(form, title);

        var copies = await AtOnce.RunAsync(8, _ => staff.PostAsync(Path, fields));

        // Each copy either shows where the first one went or, while the first still ran, says it was already sent.
        var redirected = copies.Where(c => c.Status == HttpStatusCode.Redirect).ToList();
        Assert.NotEmpty(redirected);
        Assert.All(copies.Where(c => c.Status != HttpStatusCode.Redirect), c =>
        {
            Assert.Equal(HttpStatusCode.Conflict, c.Status);
            Assert.Contains("ほかの操作と重なりました", c.Text);
        });
        var location = Assert.Single(redirected.Select(c => c.Location).Distinct());
        Assert.Equal(1, await RequestsTitledAsync(title));

        // Sent again later (the browser's back button and resend): the same place, nothing new.
        var resent = await staff.PostAsync(Path, fields);
        Assert.Equal(HttpStatusCode.Redirect, resent.Status);
        Assert.Equal(location, resent.Location);
        Assert.Equal(1, await RequestsTitledAsync(title));
        Assert.Equal(location, await OutcomeAsync(form.Hidden(SubmitOnceTagHelper.FieldName)));
    }

    [Fact]
    public async Task A_refused_submission_gives_the_key_back_so_the_corrected_form_is_stored()
    {
        var staff = app.Pages();
        await staff.LoginAsync("okawa", "staff");
        var form = await staff.GetAsync(Path);
        var title = "訂正後-" + Guid.NewGuid().ToString("N")[..8];
        var refused = await staff.PostAsync(Path, new Dictionary<string, string>(Fields(form, title)) { ["Input.Title"] = "" });
        Assert.NotEqual(HttpStatusCode.Redirect, refused.Status);
        Assert.NotNull(refused.FieldError("Input_Title"));
        Assert.Null(await OutcomeAsync(form.Hidden(SubmitOnceTagHelper.FieldName), expectRow: false));

        var corrected = await staff.PostAsync(Path, Fields(form, title));
        Assert.Equal(HttpStatusCode.Redirect, corrected.Status);
        Assert.Equal(1, await RequestsTitledAsync(title));
    }

    [Fact]
    public async Task Another_persons_copy_of_a_key_is_not_shown_where_it_led()
    {
        var first = app.Pages();
        await first.LoginAsync("okawa", "staff");
        var form = await first.GetAsync(Path);
        var title = "他人の鍵-" + Guid.NewGuid().ToString("N")[..8];
        var fields = Fields(form, title);
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(Path, fields)).Status);

        var other = app.Pages();
        await other.LoginAsync("okawa", "hr");
        var theirs = await other.GetAsync(Path);
        var copied = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = theirs.AntiforgeryToken() };
        var answer = await other.PostAsync(Path, copied);

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal(1, await RequestsTitledAsync(title));
    }

    private static Dictionary<string, string> Fields(Page form, string title) => new()
    {
        ["__RequestVerificationToken"] = form.AntiforgeryToken(),
        [SubmitOnceTagHelper.FieldName] = form.Hidden(SubmitOnceTagHelper.FieldName),
        ["Input.Title"] = title,
        ["Input.Description"] = "二重送信の確認",
        ["Input.DepartmentCode"] = "shimin",
        ["Input.Type"] = "Rpa",
    };

    private Task<int> RequestsTitledAsync(string title) =>
        app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().Requests.CountAsync(r => r.Title == title));

    private Task<string?> OutcomeAsync(string key, bool expectRow = true) =>
        app.WithScopeAsync(null, async sp =>
        {
            var row = await sp.GetRequiredService<PlatformDbContext>().FormSubmissions.AsNoTracking().SingleOrDefaultAsync(f => f.Key == Guid.ParseExact(key, "N"));
            Assert.Equal(expectRow, row is not null);
            return row?.Location;
        });
}

public sealed class SubmitOnceOnSqlite(SqliteApp app) : SubmitOnceScenarios<SqliteApp>(app);

public sealed class SubmitOnceOnPostgres(PostgresApp app) : SubmitOnceScenarios<PostgresApp>(app);
