using System.Globalization;
using System.Net;
using System.Text;
using MachiDx.Activities.Data;
using MachiDx.Activities.Rewards;
using MachiDx.Insight.Data;
using MachiDx.Insight.DigiLab.Request;
using MachiDx.Insight.DigiLab.Usage;
using MachiDx.Procedures.LifeEvents;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Wallet;
using MachiDx.Wallet.Compliance;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Expiry;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Security;

/// <summary>
/// The figures of the isolation matrix: dashboards, KPIs, workload, savings, wallet compliance and the city's catalogue
/// edits show aggregates or settings rather than rows, so each city plants a value no other city has — through the
/// module's own import, form or service — in a slot no demo or other test data adds to (a procedure nobody counts, a year
/// without attendance, a month before the demo's DigiLab usage, one expired lot), so the figure shown is exactly the planted
/// one and both its page form (7,654,321) and its CSV/JSON form (7654321) can be looked for.
/// </summary>
public abstract partial class IsolationMatrixScenarios<TApp>
{
    /// <summary>The label of the 基準日 snapshot each city takes (no real base date uses it).</summary>
    private const string SnapshotLabel = "1989-03-31";

    /// <summary>A procedure with no demo counts and no MachiDX applications in these tests: its total is the planted count.</summary>
    private const string KpiProcedure = "kaiso-kyoka";

    /// <summary>A month before the demo's DigiLab usage (2024-04 on): its hours saved are the planted tool's alone.</summary>
    private static readonly DateOnly SavingsMonth = new(2021, 1, 1);

    private static readonly GuideLibrary Guides = GuideLibrary.Load();

    /// <summary>Each city's planted figures; every one differs from the other cities' in every digit group.</summary>
    private static readonly Dictionary<string, Plant> Planted = new(StringComparer.Ordinal)
    {
        ["okawa"] = new(97_531, "271.3", 7_654_321, 48_613, 46_817, 44_371, 2_917, 2),
        ["yukuhashi"] = new(86_429, "263.7", 6_543_217, 39_247, 35_729, 33_859, 1_529, 3),
        ["miyama"] = new(75_317, "254.9", 5_432_176, 27_481, 24_163, 22_597, 2_143, 4),
    };

    private async Task<List<Marker>> SeedFiguresAsync(string city, string token)
    {
        var plant = Planted[city];
        string Text(Kind kind) => MarkerText(token, city, kind, "c");
        var today = app.Clock.Today;
        var markers = new List<Marker>();

        // Online usage: this month's counter cases of one procedure, imported as staff import a spreadsheet.
        var staff = app.Pages();
        await staff.LoginAsync(city, "staff");
        await ImportCsvAsync(staff, $"/{city}/staff/procedures/kpi/cases/import",
            Inv($"手続きコード,年月,受付の方法,件数\r\n{KpiProcedure},{today:yyyy-MM},窓口,{plant.Cases}\r\n"));
        markers.Add(Figure(city, Kind.ProcedureCases, plant.Cases));

        // Workload: one person's overtime in June 2021, the only attendance of fiscal 2021.
        var hr = app.Pages();
        await hr.LoginAsync(city, "hr");
        await ImportCsvAsync(hr, $"/{city}/staff/insight/import/attendance",
            Inv($"職員番号,年月,残業時間,年休日数,所属\r\nISO-{city[..3]},2021-06,{plant.Overtime},0,shimin\r\n"));
        markers.Add(new(city, null, Kind.Overtime, ">" + plant.Overtime + "<", [":" + plant.Overtime]));

        // DigiLab: a live tool saving 60 minutes a case, used the planted number of times in one month (hours = cases).
        await app.WithScopeAsync(city, async sp =>
        {
            var db = sp.GetRequiredService<InsightDbContext>();
            var request = new DigiLabRequest
            {
                Id = Guid.NewGuid(), Number = (await db.Requests.MaxAsync(r => (int?)r.Number) ?? 0) + 1, Title = "分離テストの削減時間", DepartmentCode = "shimin",
                Type = ServiceType.Rpa, Status = RequestStatus.Live, BaselineMinutesPerCase = 61, AfterMinutesPerCase = 1, LiveSince = SavingsMonth,
                RequestedBy = "テスト", CreatedAtUtc = app.Clock.UtcNow, UpdatedAtUtc = app.Clock.UtcNow,
            };
            db.Requests.Add(request);
            UsageImporter.SetUsage(db, request, SavingsMonth, plant.SavedHours);
            return await db.SaveChangesAsync();
        });
        markers.Add(Figure(city, Kind.SavedHours, plant.SavedHours));

        var dx = app.Pages();
        await dx.LoginAsync(city, "dx");
        await EditCatalogueAsync(dx, city, Text(Kind.CatalogueEdit));
        markers.Add(new(city, null, Kind.CatalogueEdit, Text(Kind.CatalogueEdit)));
        var synonym = await dx.SubmitAsync($"/{city}/staff/procedures/synonyms", new Dictionary<string, string> { ["Terms"] = Text(Kind.Synonym) + "、" + Text(Kind.Synonym) + "x" });
        Assert.True(synonym.Status == HttpStatusCode.Redirect, synonym.Text);
        markers.Add(new(city, null, Kind.Synonym, Text(Kind.Synonym)));
        markers.Add(new(city, null, Kind.GuideVersion, await EditGuideAsync(dx, city, plant.GuideSaves)));

        markers.AddRange(await CashRefundAsync(city, plant.Refund, Text(Kind.RefundName)));
        markers.AddRange(await ExpireAndSnapshotAsync(city, plant));
        return markers;
    }

    /// <summary>A counter charge refunded in cash to a resident made for it, through the treasurer's refund page.</summary>
    private async Task<List<Marker>> CashRefundAsync(string city, long yen, string name)
    {
        var resident = await app.RegisterResidentAsync(city, name);
        await app.ChargeAtCounterAsync(city, resident.Id, yen);
        var treasurer = app.Pages();
        await treasurer.LoginAsync(city, "treasurer");
        var refunds = $"/{city}/staff/wallet/refunds";
        var switched = await treasurer.SubmitAsync(refunds, new Dictionary<string, string> { ["enable"] = "true" }, refunds + "?handler=Switch");
        Assert.True(switched.Status == HttpStatusCode.Redirect, switched.Text);
        var form = await treasurer.GetAsync(refunds);
        var done = await treasurer.PostAsync(refunds + "?handler=Refund", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.AntiforgeryToken(), ["Input.Email"] = resident.Email, ["Input.Reason"] = nameof(CashRefundReason.MovedAway),
            ["RequestKey"] = Guid.NewGuid().ToString("N"),
        });
        Assert.True(done.Status == HttpStatusCode.Redirect, done.Text);
        return [new(city, null, Kind.RefundName, name), Figure(city, Kind.RefundYen, yen, "円")];
    }

    /// <summary>
    /// A resident's charge whose lot has run out, swept by the module's expiry run (the only expired lot of the city);
    /// then another charge and a 基準日 snapshot, whose unused balance differs from every other city's by that charge;
    /// and a volunteer grant, whose month total differs the same way.
    /// </summary>
    private async Task<List<Marker>> ExpireAndSnapshotAsync(string city, Plant plant)
    {
        var resident = await app.RegisterResidentAsync(city, "テスト 数値");
        await app.ChargeAtCounterAsync(city, resident.Id, plant.Expired);
        var swept = await app.WithScopeAsync(city, async sp =>
        {
            // The lot's validity is made to have ended a minute ago (moving the shared host's clock would expire every
            // city's lots, and this must be the city's only expired one); the run is the real one.
            var now = app.Clock.UtcNow;
            await sp.GetRequiredService<WalletDbContext>().Lots.Where(l => l.ResidentId == resident.Id && l.Bucket == Bucket.Purchased)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAtUtc, now.AddMinutes(-1)));
            return await sp.GetRequiredService<ExpiryDesk>().RunAsync(now, (_, _) => Task.CompletedTask, CancellationToken.None);
        });
        Assert.Equal(plant.Expired, swept.ExpiredYen);

        await app.ChargeAtCounterAsync(city, resident.Id, plant.Charge);
        var taken = await app.WithScopeAsync(city, sp => sp.GetRequiredService<SnapshotDesk>().TakeAsync(
            DateOnly.ParseExact(SnapshotLabel, "yyyy-MM-dd", CultureInfo.InvariantCulture), app.Clock.UtcNow, CancellationToken.None));
        Assert.True(taken.Created, taken.Error);

        var grant = await app.WithScopeAsync(city, sp => sp.GetRequiredService<RewardIssuer>().IssueAsync(
            new RewardRequest(resident.Id, RewardKind.Volunteer, "test/isolation/" + Guid.NewGuid(), "分離テストのボランティア", plant.Volunteer), CancellationToken.None));
        Assert.Equal(RewardStatus.Granted, grant.Status);
        var volunteer = await app.WithScopeAsync(city, sp => sp.GetRequiredService<ActivitiesDbContext>().Grants
            .Where(g => g.Month == grant.Month && g.Kind == RewardKind.Volunteer && g.Status == RewardStatus.Granted).SumAsync(g => g.Points));
        return
        [
            Figure(city, Kind.ExpiredYen, plant.Expired, "円"),
            Figure(city, Kind.SnapshotYen, taken.Snapshot!.PurchasedUnusedYen, "円"),
            new(city, null, Kind.VolunteerPoints, volunteer.ToString("N0", CultureInfo.InvariantCulture) + "pt", [Inv($",{volunteer},")]),
        ];
    }

    private async Task EditCatalogueAsync(PageClient dx, string city, string department)
    {
        var edit = $"/{city}/staff/procedures/catalogue/juminhyo-copy";
        var form = await dx.GetAsync(edit);
        var yesterday = app.Clock.Day(-1);
        using var saved = await dx.Http.PostAsync(edit, new FormUrlEncodedContent(
        [
            new("Input.Department", department), new("Input.Summary", "住民票の写しを請求できます。"), new("Input.FeeYen", "300"), new("Input.FeeText", "1通300円"),
            new("Input.StandardProcessingDays", "1"), new("Input.Keywords", "住民票"), new("Input.LastVerified", yesterday),
            new("Input.Channels", "online"), new("Input.Channels", "counter"), new("__RequestVerificationToken", form.AntiforgeryToken()),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    /// <summary>Saves the birth guide <paramref name="saves"/> times (a different number per city); the list shows the version reached.</summary>
    private static async Task<string> EditGuideAsync(PageClient dx, string city, int saves)
    {
        var national = Guides.Find("birth")!;
        var editor = $"/{city}/staff/procedures/guides/birth";
        for (var version = 1; version <= saves; version++)
        {
            var saved = await dx.SubmitAsync(editor, new Dictionary<string, string>
            {
                ["GraphJson"] = GuideCheck.ToJson(national with { Title = Inv($"{national.Title}（{version}）") }),
                ["BaseVersion"] = (version - 1).ToString(CultureInfo.InvariantCulture),
            });
            Assert.True(saved.Status == HttpStatusCode.Redirect, saved.Text);
        }

        return Inv($"この市の版（第{saves}版）");
    }

    private static async Task ImportCsvAsync(PageClient pages, string path, string csv)
    {
        var imported = await pages.PostMultipartAsync(path, path, [], [("file", "isolation.csv", Encoding.UTF8.GetBytes(csv))]);
        Assert.True(imported.Status == HttpStatusCode.Redirect, $"import to {path} failed {(int)imported.Status}:\n{imported.Text}");
    }

    /// <summary>A figure as pages write it (7,654,321) and as CSV and JSON do (,7654321 and :7654321).</summary>
    private static Marker Figure(string city, Kind kind, long value, string unit = "") =>
        new(city, null, kind, value.ToString("N0", CultureInfo.InvariantCulture) + unit, [Inv($",{value}"), Inv($":{value}")]);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Plant(int Cases, string Overtime, int SavedHours, long Refund, long Expired, long Charge, long Volunteer, int GuideSaves);
}
