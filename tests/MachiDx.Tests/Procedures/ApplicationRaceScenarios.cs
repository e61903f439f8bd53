using System.Globalization;
using System.Net;
using MachiDx.Procedures.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Procedures;

/// <summary>
/// Applications submitted at the same moment by eight residents: receipt numbers stay unique and gap-free, and a
/// slot's capacity is never exceeded.
/// </summary>
public abstract class ApplicationRaceScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const int Requests = 8;

    [Fact]
    public async Task Eight_submissions_at_once_get_eight_consecutive_receipt_numbers()
    {
        var forms = await ReviewedAsync("okawa", "sodai-gomi", _ => ApplicationTestData.BulkyWaste("okawa", app.Clock));
        var results = await AtOnce.RunAsync(Requests, i => forms[i].Pages.PostAsync("/okawa/apply/sodai-gomi/confirm",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = forms[i].Token }));

        Assert.All(results, r => Assert.True(r.Status == HttpStatusCode.Redirect, $"{(int)r.Status}:\n{r.Text}"));
        var receipts = results.Select(r => r.Location!.Split('?')[0]).Select(l => l[(l.LastIndexOf('/') + 1)..]).Order(StringComparer.Ordinal).ToList();
        Assert.All(receipts, r => Assert.Matches("^[0-9]{4}-[0-9]{6}$", r));
        var numbers = receipts.Select(r => int.Parse(r[5..], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(numbers[0], Requests), numbers);

        // One stored application per receipt, each for its own resident.
        var stored = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ProceduresDbContext>().Applications.AsNoTracking()
            .Where(a => receipts.Contains(a.ReceiptNumber)).Select(a => new { a.ReceiptNumber, a.ApplicantId }).ToListAsync());
        Assert.Equal(Requests, stored.Count);
        Assert.Equal(Requests, stored.Select(a => a.ApplicantId).Distinct().Count());
    }

    [Fact]
    public async Task Eight_bookings_of_a_one_place_slot_at_once_book_it_exactly_once()
    {
        var date = app.Clock.Day(33);
        var forms = await ReviewedAsync("yukuhashi", "shisetsu-yoyaku", _ => new Dictionary<string, string>
        {
            ["fullName"] = "行橋 一郎", ["fullNameKana"] = "ゆくはし いちろう", ["postalCode"] = "824-0005", ["address"] = "行橋市中央1",
            ["phone"] = "0930-25-1111", ["facility"] = "gym", ["date"] = date, ["slot"] = "am", ["people"] = "12", ["purpose"] = "卓球の練習",
        });
        var results = await AtOnce.RunAsync(Requests, i => forms[i].Pages.PostAsync("/yukuhashi/apply/shisetsu-yoyaku/confirm",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = forms[i].Token }));

        Assert.All(results, r => Assert.True((int)r.Status < 500, $"{(int)r.Status}:\n{r.Text}"));
        Assert.Single(results, r => r.Status == HttpStatusCode.Redirect);
        Assert.All(results.Where(r => r.Status != HttpStatusCode.Redirect), r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.Status);
            Assert.Contains("すでに予約でいっぱいです", r.Text);
        });
        var booked = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<ProceduresDbContext>().Applications.AsNoTracking()
            .Where(a => a.ProcedureCode == "shisetsu-yoyaku" && a.CapacityKey != null).Select(a => a.CapacityKey!).ToListAsync());
        Assert.Single(booked, k => k.Contains(date, StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_residents_confirm_sent_from_eight_tabs_at_once_makes_one_application()
    {
        var pages = app.Pages();
        var registered = await pages.SubmitAsync("/miyama/register", Residents.RegistrationForm(Residents.UniqueEmail("tabs")));
        Assert.True(registered.Status == HttpStatusCode.Redirect, registered.Html);
        var review = await pages.PostMultipartAsync("/miyama/apply/sodai-gomi", "/miyama/apply/sodai-gomi?handler=Review", ApplicationTestData.BulkyWaste("miyama", app.Clock));
        Assert.True(review.Status == HttpStatusCode.Redirect, review.Text);
        var token = (await pages.GetAsync("/miyama/apply/sodai-gomi/confirm")).AntiforgeryToken();
        var results = await AtOnce.RunAsync(Requests, _ => pages.PostAsync("/miyama/apply/sodai-gomi/confirm",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.All(results, r => Assert.True(r.Status == HttpStatusCode.Redirect, $"{(int)r.Status}:\n{r.Text}"));
        var location = Assert.Single(results, r => r.Location!.Contains("?submitted=true", StringComparison.Ordinal)).Location!.Split('?')[0];
        var receipt = location[(location.LastIndexOf('/') + 1)..];
        var mine = await app.WithScopeAsync("miyama", async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            var applicant = await db.Applications.AsNoTracking().Where(a => a.ReceiptNumber == receipt).Select(a => a.ApplicantId).SingleAsync();
            return await db.Applications.AsNoTracking().Where(a => a.ApplicantId == applicant).Select(a => a.ReceiptNumber).ToListAsync();
        });
        Assert.Equal(receipt, Assert.Single(mine));
    }

    [Fact]
    public async Task Assigning_to_oneself_from_eight_tabs_at_once_records_one_assignment()
    {
        var forms = await ReviewedAsync("okawa", "sodai-gomi", _ => ApplicationTestData.BulkyWaste("okawa", app.Clock), residents: 1);
        var submitted = await forms[0].Pages.PostAsync("/okawa/apply/sodai-gomi/confirm", new Dictionary<string, string> { ["__RequestVerificationToken"] = forms[0].Token });
        Assert.True(submitted.Status == HttpStatusCode.Redirect, submitted.Text);
        var receipt = submitted.Location!.Split('?')[0].Split('/')[^1];
        var staff = app.Pages();
        await staff.LoginAsync("okawa", "kankyo01");
        var path = $"/okawa/staff/applications/{receipt}";
        var token = (await staff.GetAsync(path)).AntiforgeryToken();

        var results = await AtOnce.RunAsync(Requests, _ => staff.PostAsync(path + "?handler=Assign", new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        // Copies that loaded the application before the first saved are told of the conflict; the rest find it theirs.
        Assert.All(results, r => Assert.True(r.Status is HttpStatusCode.Redirect or HttpStatusCode.Conflict, $"{(int)r.Status}:\n{r.Text}"));
        Assert.All(results.Where(r => r.Status == HttpStatusCode.Conflict), r => Assert.Contains("ほかの操作と重なりました", r.Text));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostAsync(path + "?handler=Assign", new Dictionary<string, string> { ["__RequestVerificationToken"] = token })).Status);
        var (events, audits, assignee) = await app.WithScopeAsync("okawa", async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            var application = await db.Applications.AsNoTracking().SingleAsync(a => a.ReceiptNumber == receipt);
            return (await db.ApplicationEvents.CountAsync(e => e.ApplicationId == application.Id && e.Kind == MachiDx.Procedures.Applications.ApplicationEvent.Assigned),
                await db.AuditEntries.CountAsync(e => e.TargetId == receipt && e.Action == "Application.Assigned"), application.AssigneeName);
        });
        Assert.Equal(1, events);
        Assert.Equal(1, audits);
        Assert.False(string.IsNullOrEmpty(assignee));
    }

    /// <summary>Eight newly registered residents each review a form; returns each one's client and confirm-page token.</summary>
    private async Task<List<(PageClient Pages, string Token)>> ReviewedAsync(string city, string code, Func<int, Dictionary<string, string>> fields, int residents = Requests)
    {
        var forms = new List<(PageClient, string)>();
        for (var i = 0; i < residents; i++)
        {
            var pages = app.Pages();
            var registered = await pages.SubmitAsync($"/{city}/register", Residents.RegistrationForm(Residents.UniqueEmail("race")));
            Assert.True(registered.Status == HttpStatusCode.Redirect, registered.Html);
            var review = await pages.PostMultipartAsync($"/{city}/apply/{code}", $"/{city}/apply/{code}?handler=Review", fields(i));
            Assert.True(review.Status == HttpStatusCode.Redirect, $"review failed {(int)review.Status}:\n{review.Text}");
            var confirm = await pages.GetAsync($"/{city}/apply/{code}/confirm");
            Assert.True(confirm.Status == HttpStatusCode.OK, confirm.Html);
            forms.Add((pages, confirm.AntiforgeryToken()));
        }

        return forms;
    }
}

public sealed class ApplicationRaceOnSqlite(SqliteApp app) : ApplicationRaceScenarios<SqliteApp>(app);

public sealed class ApplicationRaceOnPostgres(PostgresApp app) : ApplicationRaceScenarios<PostgresApp>(app);
