using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using MachiDx.Platform.Data;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Hosting;
using MachiDx.Platform.Jobs;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Procedures;
using MachiDx.Tests.Wallet;
using MachiDx.Wallet.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Security;

/// <summary>
/// The same valid request, sent <see cref="ConcurrencyCorpus.Copies"/> times at the same moment by the same caller
/// (with the same antiforgery token and the same form values, as a double tap or a stuck button would), to every HTML
/// form that changes state and every state-changing API operation. Afterwards the database must show the effect the
/// corpus expects for the route — exactly one, one per copy, or none — counted as rows added per table, plus the
/// route's own invariant where it has one (money by yen). No copy may end in a server error, and a copy that is
/// refused must say why in Japanese (a page error or problem details). A form or operation without an expectation
/// fails the test, as in the authorization matrix: the message prints what was observed, to check and add.
/// </summary>
public abstract class ConcurrencyCorpusScenarios<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "okawa";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private readonly FormCrawler crawler = new(app, City);

    /// <summary>Pages of states made for this test alone (so that another form's copies cannot have used them up).</summary>
    private readonly Dictionary<string, string> startPaths = new(StringComparer.Ordinal);

    [Fact]
    public async Task The_same_request_sent_at_once_has_the_expected_effect_and_keeps_every_rule()
    {
        // The 基準日 snapshot job would otherwise take its snapshots in the middle of the corpus, 30 s after start.
        await app.Services.GetRequiredService<BaseDateSnapshotJob>().RunOnceAsync(CancellationToken.None);
        await crawler.CreateFormStatesAsync();
        startPaths["/{city}/staff/applications/{receipt}"] = $"/{City}/staff/applications/{await app.SubmitBulkyWasteAsync(City, "resident2")}";
        foreach (var (template, make) in ConcurrencyCorpus.StartStates)
        {
            startPaths[template] = await make(app);
        }

        await app.SettleOutboxAsync();
        var failures = new List<string>();
        var missing = new List<string>();
        var covered = new HashSet<string>(StringComparer.Ordinal);

        // The API first: the forms below suspend the demo shop and withdraw applications.
        foreach (var (key, request) in ApiTargets())
        {
            covered.Add(key);
            var effect = await FireApiAsync(key, request, failures);
            if (!ConcurrencyCorpus.Expectations.TryGetValue(key, out var expected))
            {
                missing.Add($"[\"{key}\"] = \"{effect}\",");
                continue;
            }

            Compare(key, expected, effect, failures);
        }

        // Forms found on the pages, then the forms an accepted step shows (a preview's 「確定」, a confirmation's 「支払う」);
        // a second look finds forms that the first posts made appear (a group to approve, a one-time QR to pay).
        for (var pass = 0; pass < 3; pass++)
        {
            var queue = new Queue<FormTarget>((await FormTargetsAsync()).Where(t => !covered.Contains(t.Key)));
            if (queue.Count == 0)
            {
                break;
            }

            while (queue.TryDequeue(out var target))
            {
                await FireAndCompareAsync(target, covered, missing, failures);
            }
        }

        // Every state-changing API operation of the document has a target here, and every POST page route either
        // showed a form or is declared formless.
        foreach (var operation in await StateChangingOperationsAsync())
        {
            if (!covered.Contains(operation))
            {
                missing.Add($"{operation} (no request in ApiTargets)");
            }
        }

        foreach (var template in CorpusSupport.PageRouteTemplates(app.Services))
        {
            var key = "POST " + template;
            if (!covered.Any(c => c == key || c.StartsWith(key + "?", StringComparison.Ordinal)) && !ConcurrencyCorpus.Formless.ContainsKey(key))
            {
                missing.Add($"\"{key}\", (no form found: add it to Formless with a reason, or create the state that shows it)");
            }
        }

        foreach (var key in ConcurrencyCorpus.Expectations.Keys.Where(k => !covered.Contains(k)))
        {
            failures.Add($"{key}: expected, but no such form or operation was found (is the state that shows it still created?)");
        }

        // Every money rule the wallet has (refunds ≤ payment, payouts ≤ sales − fees, premium ≤ budget, lot ≤ grant, points
        // ≤ caps), and the ledger's and the audit chains' own invariants, still hold after all the copies.
        using var report = new StringWriter();
        if (await app.WithScopeAsync(null, sp => sp.GetRequiredService<IntegrityVerifier>().ReportAsync(report, CancellationToken.None)) != 0)
        {
            failures.Add("verify after the corpus:\n" + report);
        }

        output.WriteLine($"{covered.Count} forms and operations, each sent {ConcurrencyCorpus.Copies} times at once.");
        Assert.True(missing.Count == 0, "Forms and operations without a concurrency expectation (check the observed effect, then add them to ConcurrencyCorpus):\n" + string.Join('\n', missing));
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private async Task FireAndCompareAsync(FormTarget target, HashSet<string> covered, List<string> missing, List<string> failures)
    {
        if (!covered.Add(target.Key))
        {
            return;
        }

        var (effect, next) = await FireFormAsync(target, failures);
        if (!ConcurrencyCorpus.Expectations.TryGetValue(target.Key, out var expected))
        {
            missing.Add($"[\"{target.Key}\"] = \"{effect}\",");
        }
        else
        {
            Compare(target.Key, expected, effect, failures);
        }

        // The next step at once, before other forms change the state it was shown for.
        foreach (var step in next)
        {
            await FireAndCompareAsync(step, covered, missing, failures);
        }
    }

    private static void Compare(string key, string expected, string observed, List<string> failures)
    {
        // A known race repeats its effect a varying number of times: the same tables must change, by at least as much.
        if (ConcurrencyCorpus.KnownRaces.ContainsKey(key) && Tables(expected).SetEquals(Tables(observed)))
        {
            return;
        }

        if (!string.Equals(expected, observed, StringComparison.Ordinal))
        {
            failures.Add($"{key}: expected effect [{expected}], observed [{observed}]");
        }
    }

    /// <summary>One form per page route and handler, as the first caller allowed to post it sees it.</summary>
    private async Task<List<FormTarget>> FormTargetsAsync()
    {
        var templates = CorpusSupport.PageRouteTemplates(app.Services);
        var targets = new List<FormTarget>();
        foreach (var template in templates)
        {
            if (!AccessMatrix.Expectations.TryGetValue("POST " + template, out var audience) || ConcurrencyCorpus.Formless.ContainsKey("POST " + template))
            {
                continue;
            }

            // A public form (sign-in, registration) is posted by someone not signed in, so that it cannot end the session
            // of the caller the other forms use.
            var allowed = AccessMatrix.Allowed(audience, isApi: false);
            string[] order = allowed.Contains("anonymous") ? ["anonymous", .. FormCrawler.CallerOrder] : FormCrawler.CallerOrder;
            foreach (var caller in order.Where(allowed.Contains))
            {
                var found = false;
                var paths = startPaths.TryGetValue(template, out var own) ? [own]
                    : ConcurrencyCorpus.StartPaths.TryGetValue(template, out var start) ? [start.Replace("{city}", City, StringComparison.Ordinal)]
                    : await crawler.PathsAsync(caller, template, templates);
                foreach (var path in paths)
                {
                    if (await crawler.GetPageAsync(caller, path) is not { } html)
                    {
                        continue;
                    }

                    foreach (var form in HtmlForms.Parse(html, path).Where(f => f.Action.Split('?')[0] == path.Split('?')[0]))
                    {
                        found = true;
                        var key = "POST " + template + Handler(form.Action);
                        if (targets.All(t => t.Key != key))
                        {
                            targets.Add(new FormTarget(key, caller, path, form.Action, null));
                        }
                    }
                }

                if (found)
                {
                    break;
                }
            }
        }

        return targets;
    }

    private static string Handler(string action) =>
        Regex.Match(action, @"[?&]handler=([^&]+)") is { Success: true } match ? "?handler=" + match.Groups[1].Value : "";

    /// <summary>
    /// Loads the form afresh (its token and hidden keys) unless it came from a step's answer, fills it validly, and posts
    /// it N times at once. Returns the rows added per table and the next steps' forms the answers showed.
    /// </summary>
    private async Task<(string Effect, List<FormTarget> Next)> FireFormAsync(FormTarget target, List<string> failures)
    {
        var form = target.Form;
        if (form is null)
        {
            var html = await crawler.GetPageAsync(target.Caller, target.Path);
            form = html is null ? null : HtmlForms.Parse(html, target.Path).FirstOrDefault(f => f.Action == target.Action);
        }

        if (form is null)
        {
            return ("form gone", []);
        }

        var values = Values(target.Key, form);
        var client = await crawler.CallerAsync(target.Caller);
        if (ConcurrencyCorpus.LiveValues.TryGetValue(target.Key, out var live))
        {
            foreach (var (name, value) in await live(new ConcurrencyCorpus.LiveForm(app, client, target.Path, form)))
            {
                values[name] = value;
            }
        }

        var before = await SettledFingerprintAsync();
        var responses = await AtOnce.RunAsync(ConcurrencyCorpus.Copies, async _ =>
        {
            using var request = BuildForm(form, values);
            using var response = await client.Http.SendAsync(request);
            return ((int)response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());
        });
        crawler.PagesChanged();
        var next = new List<FormTarget>();
        var template = target.Key.Split(' ', 2)[1].Split('?')[0];
        var redirects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (status, location, body) in responses)
        {
            if (location is not null && ConcurrencyCorpus.FollowRedirects.FirstOrDefault(t => Matches(t, location.Split('?')[0])) is { } redirected)
            {
                redirects.Add(redirected + " " + location);
            }

            if (status >= 500)
            {
                failures.Add($"{target.Key} as {target.Caller}: {status}");
            }
            else if (status is 200 or 400 or 409 or 422 && HasError(body) && !CorpusSupport.HasJapanese(Errors(body)))
            {
                failures.Add($"{target.Key} as {target.Caller}: refused without a Japanese message: {Errors(body)}");
            }
            else if (status == 200 && !HasError(body))
            {
                foreach (var step in HtmlForms.Parse(body, target.Path).Where(f => f.Action.Split('?')[0] == target.Path.Split('?')[0]))
                {
                    var key = "POST " + template + Handler(step.Action);
                    if (key != target.Key && next.All(n => n.Key != key))
                    {
                        next.Add(new FormTarget(key, target.Caller, target.Path, step.Action, step));
                    }
                }
            }

            if (location?.Contains("/login", StringComparison.Ordinal) == true)
            {
                crawler.SignedOut(target.Caller);
            }
        }

        // The step an accepted copy was redirected to (the review's 「申請する」), as the caller's browser would show it.
        foreach (var redirect in redirects)
        {
            var (stepTemplate, location) = (redirect.Split(' ')[0], redirect.Split(' ')[1]);
            if (await crawler.GetPageAsync(target.Caller, location) is { } html)
            {
                foreach (var step in HtmlForms.Parse(html, location).Where(f => f.Action.Split('?')[0] == location.Split('?')[0]))
                {
                    var key = "POST " + stepTemplate + Handler(step.Action);
                    if (next.All(n => n.Key != key))
                    {
                        next.Add(new FormTarget(key, target.Caller, location, step.Action, step));
                    }
                }
            }
        }

        var effect = Effect(before, await SettledFingerprintAsync());
        if (ConcurrencyCorpus.Invariants.TryGetValue(target.Key, out var invariant) && await invariant(app) is { } broken)
        {
            failures.Add($"{target.Key}: {broken}");
        }

        if (ConcurrencyCorpus.EndStates.TryGetValue(target.Key, out var endState) && await endState(app) is { } wrong)
        {
            failures.Add($"{target.Key}: {wrong}");
        }

        // What the copies were told, for whoever adds or changes an expectation.
        output.WriteLine($"{target.Key} as {target.Caller} on {target.Path}: {effect}; " + string.Join(" | ", responses.Select(r => r.Item1 + (HasError(r.Item3) ? " " + Errors(r.Item3).Trim() : "")).Distinct()));
        return (effect, next);
    }

    private Dictionary<string, string> Values(string key, HtmlForm form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var today = app.Clock.Today.ToDateTime(TimeOnly.MinValue);
        foreach (var field in form.Fields)
        {
            values[field.Name] = field.Value.Length > 0 || field.Kind is "hidden" or "checkbox" or "radio" or "select" or "button" or "file" ? field.Value
                : field.Kind switch
                {
                    "number" => (field.Min is > 0 ? field.Min.Value : 100).ToString(CultureInfo.InvariantCulture),
                    "date" => today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "datetime-local" => today.AddDays(14).AddHours(10).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
                    "month" => today.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    "time" => "10:00",
                    "email" => $"race-{Math.Abs(key.GetHashCode(StringComparison.Ordinal))}@example.jp",
                    "tel" => "0944-00-0000",
                    "password" => DemoOptions.Password,
                    _ when field.Name.Contains("Kana", StringComparison.OrdinalIgnoreCase) => "テスト",
                    _ when field.Name.EndsWith("AmountYen", StringComparison.Ordinal) => "1000",
                    _ when field.Name.Contains("Postal", StringComparison.OrdinalIgnoreCase) => "831-0016",
                    _ => "同時送信テスト",
                };
        }

        foreach (var (name, value) in ConcurrencyCorpus.ValuesOn(app.Clock).GetValueOrDefault(key, []))
        {
            values[name] = value;
        }

        return values;
    }

    private static HttpRequestMessage BuildForm(HtmlForm form, Dictionary<string, string> values)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, form.Action);
        if (form.Multipart)
        {
            var content = new MultipartFormDataContent { { new StringContent(form.Token), "__RequestVerificationToken" } };
            foreach (var field in form.Fields)
            {
                if (field.Kind == "file")
                {
                    var image = field.Accept.Contains("image", StringComparison.OrdinalIgnoreCase) || field.Accept.Contains("png", StringComparison.OrdinalIgnoreCase);
                    var csv = field.Accept.Contains("csv", StringComparison.OrdinalIgnoreCase) || values.ContainsKey(field.Name + ":csv");
                    var bytes = new ByteArrayContent(csv ? Encoding.UTF8.GetBytes(values.GetValueOrDefault(field.Name + ":csv", "")) : image ? Png : Pdf);
                    bytes.Headers.ContentType = new MediaTypeHeaderValue(csv ? "text/csv" : image ? "image/png" : "application/pdf");
                    content.Add(bytes, field.Name, csv ? "data.csv" : image ? "photo.png" : "document.pdf");
                }
                else
                {
                    content.Add(new StringContent(values[field.Name]), field.Name);
                }
            }

            foreach (var (name, value) in Extra(form, values))
            {
                content.Add(new StringContent(value), name);
            }

            request.Content = content;
        }
        else
        {
            request.Content = new FormUrlEncodedContent(
                [new("__RequestVerificationToken", form.Token), .. form.Fields.Where(f => f.Kind != "file").Select(f => new KeyValuePair<string, string>(f.Name, values[f.Name])), .. Extra(form, values)]);
        }

        return request;
    }

    /// <summary>Values for controls the page shows unchecked (a checkbox the user ticks), which the parsed fields leave out.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Extra(HtmlForm form, Dictionary<string, string> values) =>
        values.Where(v => !v.Key.EndsWith(":csv", StringComparison.Ordinal) && form.Fields.All(f => f.Name != v.Key));

    /// <summary>True when a concrete path fits a route template ("{…}" segments match any one segment).</summary>
    private static bool Matches(string template, string path)
    {
        var (t, p) = (template.Split('/'), path.Split('/'));
        return t.Length == p.Length && t.Zip(p).All(x => x.First.StartsWith('{') || x.First == x.Second);
    }

    private static bool HasError(string html) =>
        html.Contains("class=\"field-error\"", StringComparison.Ordinal) || html.Contains("class=\"error-summary\"", StringComparison.Ordinal)
        || html.Contains("role=\"alert\"", StringComparison.Ordinal);

    private static string Errors(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var parts = document.QuerySelectorAll(".field-error, .error-summary, [role=alert]").Select(e => e.TextContent).ToList();
        return parts.Count == 0 ? document.QuerySelector("main h1")?.TextContent ?? document.Title ?? "" : string.Join(' ', parts);
    }

    /// <summary>The state-changing API operations, each with the state it needs and one valid request.</summary>
    private IEnumerable<(string Key, Func<Task<ApiRequest>> Request)> ApiTargets()
    {
        yield return ("POST /api/v1/{city}/auth/register", () =>
            Task.FromResult(new ApiRequest(app.Api(), HttpMethod.Post, $"/api/v1/{City}/auth/register", Residents.RegistrationBody(Residents.UniqueEmail("race")))));
        yield return ("POST /api/v1/{city}/auth/token", () =>
            Task.FromResult(new ApiRequest(app.Api(), HttpMethod.Post, $"/api/v1/{City}/auth/token", new { email = DemoDataSeeder.EmailFor("resident2", City), password = DemoOptions.Password })));
        yield return ("PUT /api/v1/{city}/me", async () =>
        {
            var resident = await app.Api().SignInAsync(City, "resident2");
            using var me = await resident.GetAsync($"/api/v1/{City}/me");
            var body = JsonNode.Parse(await me.Content.ReadAsStringAsync())!.AsObject();
            body["phone"] = "0944-11-2222";
            return new ApiRequest(resident, HttpMethod.Put, $"/api/v1/{City}/me", body);
        });
        yield return ("POST /api/v1/{city}/departments", async () =>
            new ApiRequest(await app.Api().SignInAsync(City, "admin"), HttpMethod.Post, $"/api/v1/{City}/departments", new { code = "dousoku", name = "同時送信課" }));
        yield return ("POST /api/v1/{city}/wallet/payments", async () =>
        {
            await app.ChargeAtCounterAsync(City, await app.UserIdAsync(City, "resident2"), 3_000);
            return new ApiRequest(await app.Api().SignInAsync(City, "resident2"), HttpMethod.Post, $"/api/v1/{City}/wallet/payments",
                new { shopCode = "OKASHOP1", amountYen = 777, idempotencyKey = Guid.NewGuid().ToString() });
        });
        yield return ("POST /api/v1/{city}/applications/{receiptNumber}/withdraw", async () =>
        {
            var receipt = await app.SubmitBulkyWasteAsync(City, "resident2");
            return new ApiRequest(await app.Api().SignInAsync(City, "resident2"), HttpMethod.Post, $"/api/v1/{City}/applications/{receipt}/withdraw", new { });
        });
        yield return ("POST /api/v1/{city}/staff/applications/{receiptNumber}/transitions", async () =>
        {
            var receipt = await app.SubmitBulkyWasteAsync(City, "resident2");
            return new ApiRequest(await app.Api().SignInAsync(City, ConcurrencyCorpus.BulkyWasteStaff), HttpMethod.Post, $"/api/v1/{City}/staff/applications/{receipt}/transitions",
                new { action = "accept", message = "受け付けました" });
        });
    }

    private async Task<string> FireApiAsync(string key, Func<Task<ApiRequest>> prepare, List<string> failures)
    {
        var (caller, method, path, body) = await prepare();
        var json = JsonSerializer.Serialize(body);
        var before = await SettledFingerprintAsync();
        var responses = await AtOnce.RunAsync(ConcurrencyCorpus.Copies, async _ =>
        {
            using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            using var response = await caller.Http.SendAsync(request);
            return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
        });
        foreach (var (status, type, text) in responses)
        {
            if (status >= 500)
            {
                failures.Add($"{key}: {status}");
            }
            else if (status >= 400 && (type != "application/problem+json" || !CorpusSupport.HasJapanese(text)))
            {
                failures.Add($"{key}: refused with {status} without Japanese problem details: {text}");
            }
        }

        var effect = Effect(before, await SettledFingerprintAsync());
        if (ConcurrencyCorpus.Invariants.TryGetValue(key, out var invariant) && await invariant(app) is { } broken)
        {
            failures.Add($"{key}: {broken}");
        }

        // Which copy wins, and whether a loser is told by a check or by the database's index, is a race: the status codes
        // are shown, not compared.
        output.WriteLine($"{key}: {effect}; " + string.Join('/', responses.Select(r => r.Item1).Distinct().Order()));
        return effect;
    }

    private async Task<HashSet<string>> StateChangingOperationsAsync()
    {
        using var response = await app.Api().GetAsync("/openapi/v1.json");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return [.. document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()
            .Where(o => o.Key is "post" or "put" or "patch" or "delete")
            .Select(o => $"{o.Key.ToUpperInvariant()} {p.Key}"))];
    }

    /// <summary>Row counts once background work started by the copies (jobs, outbox deliveries) has finished.</summary>
    private async Task<string> SettledFingerprintAsync()
    {
        await Eventually.ReadAsync(
            () => app.WithScopeAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().Jobs.IgnoreQueryFilters()
                .CountAsync(j => j.Status == JobStatus.Queued || j.Status == JobStatus.Running)),
            unfinished => unfinished == 0, "no queued or running job");

        await app.SettleOutboxAsync();
        return await CorpusSupport.FingerprintAsync(app);
    }

    /// <summary>
    /// Rows added or removed per table, as "table+n" in table order; "nothing" when no table changed. The ledger's account
    /// rows are left out: the writer stores them in checkpoint passes, in its own time.
    /// </summary>
    private static string Effect(string before, string after)
    {
        static Dictionary<string, long> Counts(string fingerprint) => fingerprint.Split(';').Select(p => p.Split(':')).ToDictionary(
            p => p[0].Replace("\"", "", StringComparison.Ordinal).Replace('.', '_'), p => long.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var was = Counts(before);
        var parts = Counts(after).Select(t => (t.Key, Delta: t.Value - was.GetValueOrDefault(t.Key))).Where(t => t.Delta != 0 && t.Key != "ledger_accounts")
            .OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + (t.Delta > 0 ? "+" : "") + t.Delta.ToString(CultureInfo.InvariantCulture)).ToList();
        return parts.Count == 0 ? "nothing" : string.Join(' ', parts);
    }

    private static HashSet<string> Tables(string effect) =>
        [.. effect.Split(' ').Select(part => Regex.Replace(part, "[+-][0-9]+$", ""))];

    private sealed record ApiRequest(ApiClient Caller, HttpMethod Method, string Path, object Body);

    private sealed record FormTarget(string Key, string Caller, string Path, string Action, HtmlForm? Form);
}

public sealed class ConcurrencyCorpusOnSqlite(SqliteApp app, ITestOutputHelper output) : ConcurrencyCorpusScenarios<SqliteApp>(app, output);

public sealed class ConcurrencyCorpusOnPostgres(PostgresApp app, ITestOutputHelper output) : ConcurrencyCorpusScenarios<PostgresApp>(app, output);
