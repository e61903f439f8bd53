using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MachiDx.Activities.Events;
using MachiDx.Activities.Rewards;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.FreeAgency;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Personnel;
using MachiDx.Tests.Procedures;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Security;

/// <summary>
/// Which ROWS come back, where the authorization matrix checks only who gets in. In each city (okawa, yukuhashi,
/// miyama) the test seeds uniquely marked rows — per city (a department, a shop, a campaign, a payout run, an event, a
/// draft season, an inventory task, a DigiLab request, a search miss, a roster record, an FA declaration, a community
/// group) and per resident, for two residents of every city (their name on an application, their receipt number, a
/// reward, a check-up staff recorded for them), and per city a figure no other city has for every dashboard, KPI, workload,
/// savings and wallet-compliance page (IsolationMatrixScenarios.Figures.cs) — then
/// calls every list page, list API and CSV export as a caller of each city: the caller's own markers must appear (so
/// the check cannot pass on an empty page) and no other city's or other resident's marker may. Every list route of
/// <see cref="AccessMatrix"/> (a GET whose only route value is the city, and every .csv route) needs an entry in
/// <see cref="Lists"/> or a reason in <see cref="Exempt"/>, so a new list cannot ship unexamined.
/// </summary>
public abstract partial class IsolationMatrixScenarios<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private static readonly string[] Cities = ["okawa", "yukuhashi", "miyama"];
    private static readonly string[] People = ["a", "b"];
    private const int InventoryYear = 2033;

    /// <summary>What a list shows, by marker kind. Person kinds belong to one resident; the others to the city.</summary>
    private enum Kind
    {
        ApplicantName, // person: the resident's name, as staff see it on an application
        Receipt, // person: the receipt number of the resident's application
        Reward, // person: the reason of a reward (activities) and the lot it granted (wallet)
        HealthTitle, // person: a check-up staff recorded for the resident
        Group, // a community group a resident applied to register
        Sale, // a payment: "a" paid the city's demo shop (the merchant caller's own), "b" paid another shop of the city
        Department,
        AuditTarget,
        Shop,
        Campaign,
        PayoutRun,
        Event,
        Season,
        InventoryTask,
        DigiLab,
        SearchMiss,
        RosterName,
        FaDeclaration,
        ProcedureCases, // a month's counter count of one procedure, imported as staff do: every online-usage figure shows it
        Overtime, // one staff member's overtime in a month of a year without other attendance: the workload figures show it
        SavedHours, // a live DigiLab tool's hours saved in a month before the demo's: the savings figures show it
        VolunteerPoints, // the month's volunteer points, a distinct grant per city included
        CatalogueEdit, // the department a catalogue entry was edited to
        GuideVersion, // the version a guide edit reached (a different number of saves per city)
        Synonym, // a search synonym group
        ExpiredYen, // the amount an expiry run swept (one lot, a distinct amount per city)
        SnapshotYen, // the unused purchased balance of a 基準日 snapshot (a distinct charge per city included)
        RefundName, // the resident a cash refund was paid to
        RefundYen, // the amount of that refund
    }

    /// <summary>One call: as whom (a demo account of the city, "anonymous", or "resident" = the city's first test resident).</summary>
    private sealed record Call(string Caller, string Path, params Kind[] Shows);

    /// <summary>Every list route of the access matrix with the calls that check it.</summary>
    private static readonly IReadOnlyDictionary<string, Call[]> Lists = new Dictionary<string, Call[]>(StringComparer.Ordinal)
    {
        ["GET /{city}/staff/applications"] = [new("admin", "/{city}/staff/applications", Kind.ApplicantName)],
        ["GET /api/v1/{city}/staff/applications"] = [new("admin", "/api/v1/{city}/staff/applications?pageSize=200", Kind.ApplicantName)],
        ["GET /{city}/applications"] = [new("resident", "/{city}/applications", Kind.Receipt)],
        ["GET /api/v1/{city}/applications"] = [new("resident", "/api/v1/{city}/applications", Kind.Receipt)],
        ["GET /{city}/mypage"] = [new("resident", "/{city}/mypage", Kind.ApplicantName)],
        ["GET /api/v1/{city}/me"] = [new("resident", "/api/v1/{city}/me", Kind.ApplicantName)],
        ["GET /{city}/wallet"] = [new("resident", "/{city}/wallet", Kind.Reward)],
        ["GET /api/v1/{city}/wallet"] = [new("resident", "/api/v1/{city}/wallet", Kind.Reward)],
        ["GET /{city}/activities/rewards"] = [new("resident", "/{city}/activities/rewards", Kind.Reward)],
        ["GET /{city}/admin/audit"] = [new("admin", "/{city}/admin/audit", Kind.AuditTarget)],
        ["GET /{city}/staff/departments"] = [new("staff", "/{city}/staff/departments", Kind.Department)],
        ["GET /api/v1/{city}/departments"] = [new("staff", "/api/v1/{city}/departments", Kind.Department)],
        ["GET /{city}/staff/wallet/merchants"] = [new("treasurer", "/{city}/staff/wallet/merchants", Kind.Shop)],
        ["GET /{city}/wallet/legal/merchants"] = [new("anonymous", "/{city}/wallet/legal/merchants", Kind.Shop)],
        ["GET /{city}/staff/wallet/campaigns"] = [new("treasurer", "/{city}/staff/wallet/campaigns", Kind.Campaign)],
        ["GET /{city}/staff/wallet/payouts"] = [new("treasurer", "/{city}/staff/wallet/payouts", Kind.PayoutRun)],
        ["GET /{city}/activities/events"] = [new("anonymous", "/{city}/activities/events", Kind.Event)],
        ["GET /{city}/activities/organize"] = [new("staff", "/{city}/activities/organize", Kind.Event)],
        ["GET /{city}/staff/personnel/seasons"] = [new("hr", "/{city}/staff/personnel/seasons", Kind.Season)],
        ["GET /api/v1/{city}/personnel/seasons"] = [new("hr", "/api/v1/{city}/personnel/seasons", Kind.Season)],
        ["GET /{city}/staff/insight/inventory"] =
        [
            new("staff", "/{city}/staff/insight/inventory?fy=2033", Kind.InventoryTask),
            new("staff", "/{city}/staff/insight/inventory?handler=Csv&fy=2033", Kind.InventoryTask),
        ],
        ["GET /{city}/staff/insight/digilab"] = [new("staff", "/{city}/staff/insight/digilab", Kind.DigiLab)],
        ["GET /{city}/staff/procedures/search-misses"] = [new("dx", "/{city}/staff/procedures/search-misses", Kind.SearchMiss)],
        ["GET /{city}/staff/personnel/roster"] = [new("hr", "/{city}/staff/personnel/roster", Kind.RosterName)],
        ["GET /api/v1/{city}/personnel/staff"] = [new("hr", "/api/v1/{city}/personnel/staff?pageSize=200", Kind.RosterName)],
        ["GET /api/v1/{city}/personnel/fa-declarations"] = [new("hr", "/api/v1/{city}/personnel/fa-declarations", Kind.FaDeclaration)],
        ["GET /{city}/staff/activities/health"] = [new("staff", "/{city}/staff/activities/health", Kind.HealthTitle)],
        ["GET /{city}/activities/health"] = [new("resident", "/{city}/activities/health", Kind.HealthTitle)],
        ["GET /{city}/staff/activities/groups"] = [new("staff", "/{city}/staff/activities/groups", Kind.Group)],
        ["GET /{city}/shop"] = [new("merchant", "/{city}/shop", Kind.Sale)],
        ["GET /{city}/staff/personnel"] = [new("hr", "/{city}/staff/personnel", Kind.FaDeclaration, Kind.Season)],
        ["GET /{city}/dx"] = [new("anonymous", "/{city}/dx", Kind.ProcedureCases), new("anonymous", "/{city}/dx?handler=Csv", Kind.ProcedureCases)],
        ["GET /{city}/staff/dx-dashboard"] =
        [
            new("dx", "/{city}/staff/dx-dashboard", Kind.ProcedureCases),
            new("dx", "/{city}/staff/dx-dashboard?handler=Csv", Kind.ProcedureCases),
        ],
        ["GET /{city}/staff/procedures/kpi"] =
        [
            new("staff", "/{city}/staff/procedures/kpi", Kind.ProcedureCases),
            new("staff", "/{city}/staff/procedures/kpi?handler=Csv", Kind.ProcedureCases),
        ],
        ["GET /api/v1/{city}/procedures/kpi"] = [new("staff", "/api/v1/{city}/procedures/kpi", Kind.ProcedureCases)],
        ["GET /{city}/staff/procedures/kpi/cases"] = [new("staff", "/{city}/staff/procedures/kpi/cases", Kind.ProcedureCases)],
        ["GET /{city}/staff/insight/workload"] = [new("hr", "/{city}/staff/insight/workload?fy=2021", Kind.Overtime)],
        ["GET /api/v1/{city}/insight/workload"] = [new("hr", "/api/v1/{city}/insight/workload?fiscalYear=2021", Kind.Overtime)],
        ["GET /{city}/staff/insight/digilab/candidates"] = [new("staff", "/{city}/staff/insight/digilab/candidates?fy=2033", Kind.InventoryTask)],
        ["GET /{city}/staff/insight/digilab/savings"] = [new("staff", "/{city}/staff/insight/digilab/savings", Kind.SavedHours)],
        ["GET /{city}/staff/activities"] =
        [
            new("dx", "/{city}/staff/activities", Kind.Event, Kind.VolunteerPoints),
            new("dx", "/{city}/staff/activities?handler=Csv", Kind.VolunteerPoints),
            new("dx", "/{city}/staff/activities?handler=EventsCsv", Kind.Event),
        ],
        ["GET /{city}/staff/procedures/catalogue"] = [new("dx", "/{city}/staff/procedures/catalogue", Kind.CatalogueEdit)],
        ["GET /{city}/staff/procedures/guides"] = [new("dx", "/{city}/staff/procedures/guides", Kind.GuideVersion)],
        ["GET /{city}/staff/procedures/synonyms"] = [new("dx", "/{city}/staff/procedures/synonyms", Kind.Synonym)],
        ["GET /{city}/staff/wallet"] = [new("treasurer", "/{city}/staff/wallet", Kind.Campaign, Kind.ExpiredYen)],
        ["GET /{city}/staff/wallet/compliance"] = [new("treasurer", "/{city}/staff/wallet/compliance", Kind.SnapshotYen)],
        ["GET /{city}/staff/wallet/compliance/{baseDate}/report.csv"] = [new("treasurer", "/{city}/staff/wallet/compliance/" + SnapshotLabel + "/report.csv", Kind.SnapshotYen)],
        ["GET /{city}/staff/wallet/expiry"] = [new("treasurer", "/{city}/staff/wallet/expiry", Kind.ExpiredYen)],
        ["GET /{city}/staff/wallet/refunds"] = [new("treasurer", "/{city}/staff/wallet/refunds", Kind.RefundName, Kind.RefundYen)],
    };

    /// <summary>List routes not checked for rows, and why. "Not yet covered" marks a gap to close, not a judgement.</summary>
    private static readonly IReadOnlyDictionary<string, string> Exempt = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GET /"] = "the list of municipalities: public by design, no per-city rows",
        ["GET /admin"] = "the platform administrator's home: every city by design (platform role only)",
        ["GET /admin/dx-dashboard"] = "the cross-city DX dashboard: every city's figures side by side by design (platform role only)",
        ["GET /admin/login"] = "a sign-in form",
        ["GET /admin/postal"] = "the national postal code import: platform data, no per-city rows",
        ["GET /{city}"] = "the city's top page: no rows",
        ["GET /{city}/login"] = "a sign-in form",
        ["GET /{city}/login/external/complete"] = "the end of an external sign-in: no rows",
        ["GET /{city}/register"] = "a registration form",
        ["GET /{city}/guide"] = "the life-event guide of the national catalogue: no personal or per-city rows",
        ["GET /{city}/procedures"] = "the national procedure catalogue the city adopted (search results): no personal rows",
        ["GET /{city}/wallet/legal"] = "a legal notice: the city's own settings, no rows",
        ["GET /{city}/wallet/charge"] = "a charge form (the resident's own tier and balance only)",
        ["GET /{city}/activities/groups/apply"] = "a form",
        ["GET /{city}/staff/activities/policy"] = "a settings form",
        ["GET /{city}/staff/wallet/settings"] = "a settings form",
        ["GET /{city}/staff/wallet/counter"] = "a search form: finding another city's resident is refused (WalletOperationsScenarios)",
        ["GET /{city}/staff/insight/digilab/new"] = "a form",
        ["GET /{city}/staff/personnel/roster/import"] = "an import form (its sample CSV is fixed text)",
        ["GET /{city}/staff/procedures/kpi/cases/import"] = "an import form (its sample CSV is fixed text)",
        ["GET /{city}/shop/apply"] = "a form",
        ["GET /{city}/shop/card"] = "a payment form",
        ["GET /{city}/shop/poster"] = "the shop's own poster: its code only",
        ["GET /{city}/shop/request"] = "a payment request form",
        ["GET /{city}/staff"] = "the staff home: navigation and the city's department names (checked through /staff/departments)",
        ["GET /api/v1/municipalities"] = "the list of municipalities: public by design",
        ["GET /api/v1/{city}/audit/verification"] = "the audit chain's verification result: counts only",
        ["GET /api/v1/{city}/procedures"] = "the national procedure catalogue: no personal rows",
        ["GET /api/v1/{city}/personnel/me/eligibility"] = "the caller's own eligibility: one record, no list",
    };

    [Fact]
    public void Every_list_route_has_an_isolation_entry_or_a_reason()
    {
        var lists = AccessMatrix.Expectations.Keys.Where(IsList).ToHashSet(StringComparer.Ordinal);
        var missing = lists.Where(r => !Lists.ContainsKey(r) && !Exempt.ContainsKey(r)).Order(StringComparer.Ordinal).ToList();
        var stale = Lists.Keys.Concat(Exempt.Keys).Where(r => !lists.Contains(r)).ToList();
        var both = Lists.Keys.Where(Exempt.ContainsKey).ToList();
        output.WriteLine($"{lists.Count} list routes: {Lists.Count} checked for rows, {Exempt.Count} exempt ({Exempt.Values.Count(v => v.StartsWith("not yet", StringComparison.Ordinal))} not yet covered).");
        Assert.True(missing.Count == 0, "List routes without an isolation entry (add calls to Lists, or a reason to Exempt):\n" + string.Join('\n', missing));
        Assert.True(stale.Count == 0, "Entries for routes that are no list routes of the access matrix:\n" + string.Join('\n', stale));
        Assert.True(both.Count == 0, "Routes both checked and exempt:\n" + string.Join('\n', both));
    }

    [Fact]
    public async Task Every_list_shows_the_callers_own_rows_and_no_other_citys_or_residents()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var markers = new List<Marker>();
        var residents = new Dictionary<(string City, string Person), NewResident>();
        foreach (var city in Cities)
        {
            var attesting = app.Pages();
            await attesting.LoginAsync(city, "staff");
            foreach (var person in People)
            {
                var resident = await app.RegisterResidentAsync(city, MarkerText(token, city, Kind.ApplicantName, person));
                residents[(city, person)] = resident;
                markers.Add(new(city, person, Kind.ApplicantName, resident.FullName));
                markers.Add(new(city, person, Kind.Receipt, await SubmitApplicationAsync(resident)));
                markers.Add(new(city, person, Kind.Reward, await RewardAsync(resident, MarkerText(token, city, Kind.Reward, person))));
                markers.Add(new(city, person, Kind.HealthTitle, await AttestCheckupAsync(attesting, resident, MarkerText(token, city, Kind.HealthTitle, person))));
            }

            markers.AddRange(await SeedCityAsync(city, token, residents[(city, "a")]));
            markers.AddRange(await SalesAsync(city, residents[(city, "a")], residents[(city, "b")], markers.Single(m => m.City == city && m.Kind == Kind.Shop).Text));
            markers.AddRange(await SeedFiguresAsync(city, token));
        }

        // A city's figure that came out the same in two cities could not tell them apart: the plant itself failed. (Receipt
        // numbers, per person, are numbered per city and may repeat: they are checked against the caller's own list.)
        var shared = markers.Where(m => m.Person is null).SelectMany(m => m.Forms.Select(f => (m.Kind, Form: f, m.City))).GroupBy(x => (x.Kind, x.Form))
            .Where(g => g.Select(x => x.City).Distinct().Count() > 1).Select(g => $"{g.Key.Kind} {g.Key.Form}").ToList();
        Assert.True(shared.Count == 0, "Markers shared by two cities:\n" + string.Join('\n', shared));

        var failures = new List<string>();
        var calls = 0;
        foreach (var city in Cities)
        {
            var callers = await CallersAsync(city, residents[(city, "a")]);
            foreach (var (route, routeCalls) in Lists)
            {
                foreach (var call in routeCalls)
                {
                    var path = call.Path.Replace("{city}", city, StringComparison.Ordinal);
                    var body = await GetAsync(callers, call.Caller, path);
                    calls++;
                    if (body is null)
                    {
                        failures.Add($"{route} ({city}, as {call.Caller}): GET {path} did not answer 200");
                        continue;
                    }

                    foreach (var kind in call.Shows)
                    {
                        // A resident sees only their own person rows, a merchant only their shop's sales; staff see the whole city.
                        var ownPerson = call.Caller is "resident" or "merchant" ? "a" : null;
                        var own = markers.Where(m => m.Kind == kind && m.City == city && (ownPerson is null || m.Person is null || m.Person == ownPerson)).ToList();
                        var foreign = markers.Where(m => m.Kind == kind && !own.Contains(m) && !own.Any(o => o.Text == m.Text)).ToList();
                        failures.AddRange(own.Where(m => !m.Forms.Any(f => body.Contains(f, StringComparison.Ordinal)))
                            .Select(m => $"{route} ({city}, as {call.Caller}): its own {kind} {m.Text} is missing — an empty answer would pass vacuously; a figure summed with another city's rows no longer matches"));
                        failures.AddRange(foreign.Where(m => m.Forms.Any(f => body.Contains(f, StringComparison.Ordinal)))
                            .Select(m => $"{route} ({city}, as {call.Caller}): shows {m.City}{(m.Person is null ? "" : "/" + m.Person)}'s {kind} {m.Forms.First(f => body.Contains(f, StringComparison.Ordinal))}"));
                    }
                }
            }
        }

        output.WriteLine($"{calls} list calls in {Cities.Length} cities against {markers.Count} markers.");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>A GET whose only route value is the city (a list, not one item), or any .csv route.</summary>
    private static bool IsList(string key) =>
        key.StartsWith("GET ", StringComparison.Ordinal)
        && (key.EndsWith(".csv", StringComparison.Ordinal) || !RouteValue().Replace(key, m => m.Value == "{city}" ? "" : m.Value).Contains('{', StringComparison.Ordinal));

    private static string MarkerText(string token, string city, Kind kind, string person) =>
        string.Create(CultureInfo.InvariantCulture, $"mk{token}{city[..3]}{(int)kind:00}{person}q");

    private async Task<string> SubmitApplicationAsync(NewResident resident)
    {
        var pages = await app.PagesAsync(resident);
        var city = resident.City;
        var review = await pages.PostMultipartAsync($"/{city}/apply/sodai-gomi", $"/{city}/apply/sodai-gomi?handler=Review", ApplicationTestData.BulkyWaste(city, app.Clock));
        Assert.True(review.Status == HttpStatusCode.Redirect, $"review failed {(int)review.Status}:\n{review.Text}");
        var confirm = await pages.SubmitAsync($"/{city}/apply/sodai-gomi/confirm", new Dictionary<string, string>());
        Assert.True(confirm.Status == HttpStatusCode.Redirect, $"submit failed {(int)confirm.Status}:\n{confirm.Text}");
        return Regex.Match(confirm.Location!, "/applications/([0-9]{4}-[0-9]{6})").Groups[1].Value;
    }

    private async Task<string> RewardAsync(NewResident resident, string reason)
    {
        var grant = await app.WithScopeAsync(resident.City, sp => sp.GetRequiredService<RewardIssuer>().IssueAsync(
            new RewardRequest(resident.Id, RewardKind.Health, "test/isolation/" + Guid.NewGuid(), reason, 10), CancellationToken.None));
        Assert.Equal(RewardStatus.Granted, grant.Status);
        return reason;
    }

    /// <summary>Resident a pays the city's demo shop (the merchant caller's), resident b the shop seeded for the city.</summary>
    private async Task<List<Marker>> SalesAsync(string city, NewResident a, NewResident b, string otherShopName)
    {
        var otherShop = await app.WithScopeAsync(city, sp => sp.GetRequiredService<WalletDbContext>().Merchants.Where(m => m.Name == otherShopName).Select(m => m.ShopCode).SingleAsync());
        var sales = new List<Marker>();
        foreach (var (person, payer, shopCode) in new[] { ("a", a, city[..3].ToUpperInvariant() + "SHOP1"), ("b", b, otherShop) })
        {
            var api = await app.ApiAsync(payer);
            using var paid = await api.PostAsync($"/api/v1/{city}/wallet/payments", new { shopCode, amountYen = 3, idempotencyKey = Guid.NewGuid().ToString() });
            await paid.ShouldHaveStatusAsync(HttpStatusCode.Created);
            sales.Add(new(city, person, Kind.Sale, (await paid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paymentId").GetString()!));
        }

        return sales;
    }

    private async Task<string> AttestCheckupAsync(PageClient staff, NewResident resident, string title)
    {
        var yesterday = app.Clock.Day(-1);
        var done = await staff.SubmitAsync($"/{resident.City}/staff/activities/health", new Dictionary<string, string>
        {
            ["Input.Email"] = resident.Email, ["Input.Kind"] = "Checkup", ["Input.Title"] = title, ["Input.Date"] = yesterday,
        });
        Assert.True(done.Status == HttpStatusCode.Redirect, $"check-up not recorded {(int)done.Status}:\n{done.Text}");
        return title;
    }

    private async Task<List<Marker>> SeedCityAsync(string city, string token, NewResident applicant)
    {
        string Text(Kind kind) => MarkerText(token, city, kind, "c");
        var seeded = new List<Marker>();
        void Add(Kind kind, string text) => seeded.Add(new(city, null, kind, text));

        var shop = await app.WithScopeAsync(city, async sp =>
        {
            var desk = sp.GetRequiredService<MerchantDesk>();
            var m = await desk.ApplyAsync(Guid.NewGuid(), new MerchantApplication(Text(Kind.Shop), "テスト町1-1", "小売", MerchantClass.Small, "0177", "123",
                BankAccountType.Ordinary, "7654321", "ﾃｽﾄ"), CancellationToken.None);
            await desk.ReviewAsync(m, MerchantStatus.Approved, null, CancellationToken.None);
            return m.Name;
        });
        Add(Kind.Shop, shop);

        await app.WithScopeAsync(city, sp => sp.GetRequiredService<CampaignDesk>().CreateAsync(
            sp.GetRequiredService<TenantContext>().Required, Text(Kind.Campaign), app.Clock.UtcNow.AddDays(300), app.Clock.UtcNow.AddDays(330), 1, 0, 1_000, CancellationToken.None));
        Add(Kind.Campaign, Text(Kind.Campaign));

        var run = await app.WithScopeAsync(city, sp => sp.GetRequiredService<PayoutDesk>().CreateRunAsync(
            app.Clock.Today.AddDays(3), "テスト会計", (_, _) => Task.CompletedTask, CancellationToken.None));
        Add(Kind.PayoutRun, run.Id.ToString());

        var tomorrow = app.Clock.Today.AddDays(1);
        await app.WithScopeAsync(city, sp => sp.GetRequiredService<EventDesk>().CreateAsync(new NewEvent(Text(Kind.Event), "テスト", "テスト会場",
            tomorrow, new TimeOnly(9, 0), new TimeOnly(10, 0), 10, 10), null, "テスト市", Guid.NewGuid(), CancellationToken.None));
        Add(Kind.Event, Text(Kind.Event));

        var hr = app.Pages();
        await hr.LoginAsync(city, "hr");
        await hr.CreateSeasonAsync(city, Text(Kind.Season));
        Add(Kind.Season, Text(Kind.Season));

        var staff = app.Pages();
        await staff.LoginAsync(city, "staff");
        var task = await staff.SubmitAsync($"/{city}/staff/insight/inventory/task", TaskForm(Text(Kind.InventoryTask)));
        Assert.True(task.Status == HttpStatusCode.Redirect, task.Text);
        Add(Kind.InventoryTask, Text(Kind.InventoryTask));
        var request = await staff.SubmitAsync($"/{city}/staff/insight/digilab/new", new Dictionary<string, string>
        {
            ["Input.Title"] = Text(Kind.DigiLab), ["Input.Description"] = "テスト", ["Input.DepartmentCode"] = "shimin", ["Input.Type"] = "Rpa",
        });
        Assert.True(request.Status == HttpStatusCode.Redirect, request.Text);
        Add(Kind.DigiLab, Text(Kind.DigiLab));

        var group = await (await app.PagesAsync(applicant)).SubmitAsync($"/{city}/activities/groups/apply", new Dictionary<string, string>
        {
            ["Input.Name"] = Text(Kind.Group), ["Input.Activity"] = "テスト", ["Input.ContactPhone"] = "0944-00-0000",
        });
        Assert.True(group.Status == HttpStatusCode.Redirect, group.Text);
        Add(Kind.Group, Text(Kind.Group));

        Assert.Equal(HttpStatusCode.OK, (await app.Pages().GetAsync($"/{city}/procedures?q={Text(Kind.SearchMiss)}")).Status);
        Add(Kind.SearchMiss, Text(Kind.SearchMiss));

        // A roster record renamed and an FA declaration filed for it: HR's lists of people.
        var declaration = await app.WithScopeAsync(city, async sp =>
        {
            var db = sp.GetRequiredService<PersonnelDbContext>();
            var record = await db.Staff.OrderBy(s => s.StaffNumber).FirstAsync();
            record.FullName = Text(Kind.RosterName);
            var fa = new FaDeclaration
            {
                Id = Guid.NewGuid(), MunicipalityId = record.MunicipalityId, StaffRecordId = record.Id, CurrentDepartmentCode = record.DepartmentCode,
                TargetDepartmentCode = "kikaku", Plan = "テスト", Status = DeclarationStatus.Submitted, DeclaredAtUtc = app.Clock.UtcNow,
            };
            db.Declarations.Add(fa);
            await db.SaveChangesAsync();
            return fa.Id;
        });
        Add(Kind.RosterName, Text(Kind.RosterName));
        Add(Kind.FaDeclaration, declaration.ToString());

        // Last, so that it is among the audit log's most recent entries.
        var admin = await app.Api().SignInAsync(city, "admin");
        using var created = await admin.PostAsync($"/api/v1/{city}/departments", new { code = "d" + token + city[..3], name = Text(Kind.Department) });
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        Add(Kind.Department, Text(Kind.Department));
        Add(Kind.AuditTarget, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        return seeded;
    }

    private async Task<Dictionary<string, (PageClient Pages, ApiClient Api)>> CallersAsync(string city, NewResident resident)
    {
        var callers = new Dictionary<string, (PageClient, ApiClient)>(StringComparer.Ordinal)
        {
            ["anonymous"] = (app.Pages(), app.Api()),
            ["resident"] = (await app.PagesAsync(resident), await app.ApiAsync(resident)),
        };
        foreach (var local in Lists.Values.SelectMany(c => c).Select(c => c.Caller).Distinct().Where(c => c is not ("anonymous" or "resident")))
        {
            var pages = app.Pages();
            await pages.LoginAsync(city, local);
            callers[local] = (pages, await app.Api().SignInAsync(city, local));
        }

        return callers;
    }

    /// <summary>The whole answer (markup, decoded text, JSON or CSV), or null when it was not a 200.</summary>
    private static async Task<string?> GetAsync(Dictionary<string, (PageClient Pages, ApiClient Api)> callers, string caller, string path)
    {
        var (pages, api) = callers[caller];
        var client = path.StartsWith("/api/", StringComparison.Ordinal) ? api.Http : pages.Http;
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        var body = await response.Content.ReadAsStringAsync();
        return body + "\n" + WebUtility.HtmlDecode(body);
    }

    private static Dictionary<string, string> TaskForm(string name) => new()
    {
        ["Input.FiscalYear"] = InventoryYear.ToString(CultureInfo.InvariantCulture), ["Input.DepartmentCode"] = "shimin", ["Input.Major"] = "証明", ["Input.Middle"] = "交付", ["Input.Name"] = name,
        ["Input.BusyMonths"] = "2", ["Input.BusyCasesPerMonth"] = "10", ["Input.NormalMonths"] = "8", ["Input.NormalCasesPerMonth"] = "10",
        ["Input.SlackMonths"] = "2", ["Input.SlackCasesPerMonth"] = "10", ["Input.MinutesPerCase"] = "15", ["Input.People"] = "1",
        ["Input.Medium"] = "Paper", ["Input.RuleBased"] = "true", ["Input.Core"] = "false", ["Input.PersonalInfo"] = "Personal", ["Input.Difficulty"] = "Low", ["Input.LegalBasis"] = "",
    };

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValue();

    /// <summary>A marker as shown (<see cref="Text"/>) and any other way the same value is written (a figure in a CSV or JSON).</summary>
    private sealed record Marker(string City, string? Person, Kind Kind, string Text, IReadOnlyList<string>? Also = null)
    {
        public IEnumerable<string> Forms => Also is null ? [Text] : [Text, .. Also];
    }
}

public sealed class IsolationMatrixOnSqlite(SqliteApp app, ITestOutputHelper output) : IsolationMatrixScenarios<SqliteApp>(app, output);

public sealed class IsolationMatrixOnPostgres(PostgresApp app, ITestOutputHelper output) : IsolationMatrixScenarios<PostgresApp>(app, output);
