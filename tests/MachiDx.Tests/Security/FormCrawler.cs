using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using MachiDx.Activities.Data;
using MachiDx.Activities.Events;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Personnel;
using MachiDx.Tests.Procedures;
using MachiDx.Tests.Wallet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Security;

/// <summary>
/// Finds the HTML forms behind the page routes as the corpora see them: signs in the matrix's callers (one session
/// each, kept), fills a route's ids from the links of the caller's other pages (a breadth-first walk of up to 120
/// pages), and prepares the states that put forms behind ids. Shared by the bad-input and concurrency corpora.
/// </summary>
internal sealed class FormCrawler(MachiDxApp app, string city)
{
    /// <summary>Who posts a route: the first caller the matrix lets in.</summary>
    public static readonly string[] CallerOrder = ["resident", "merchant", "staff", "hr", "dx", "treasurer", "admin", "platform", "anonymous"];

    /// <summary>The season whose pages the corpora post to (three departments' nominees in it).</summary>
    public const string SeasonName = "入力検査シーズン";

    private readonly Dictionary<string, PageClient> callers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Caller, string Path), string> pageCache = [];

    /// <summary>Concrete pages the states made for the corpus put forms on (crawled like linked pages).</summary>
    private readonly List<string> knownPaths = [];

    /// <summary>Forgets every page read: after an accepted post, pages may show other forms.</summary>
    public void PagesChanged() => pageCache.Clear();

    /// <summary>Forgets a caller's session (e.g. after a post that signed it out); the next use signs in again.</summary>
    public void SignedOut(string caller) => callers.Remove(caller);

    public static bool CallerMay(string caller, string key) =>
        AccessMatrix.Expectations.TryGetValue(key, out var audience) && AccessMatrix.Allowed(audience, isApi: false).Contains(caller);

    /// <summary>Concrete paths for a route: the city filled in, ids found in the links of the caller's pages.</summary>
    public async Task<List<string>> PathsAsync(string caller, string template, IReadOnlyList<string> templates, int limit = 1)
    {
        var concrete = AuthorizationMatrixScenarios.Concrete(template);
        if (!concrete.Contains("zz-no-such", StringComparison.Ordinal) && !Regex.IsMatch(template, @"\{(?!city\})"))
        {
            return [concrete];
        }

        var pattern = TemplatePattern(template);
        var found = new List<string>();
        var queue = new Queue<(string Path, int Depth)>(templates
            .Where(t => !Regex.IsMatch(t, @"\{(?!city\})") && CallerMay(caller, "GET " + t))
            .Select(t => (AuthorizationMatrixScenarios.Concrete(t), 0)));
        foreach (var known in knownPaths.Where(p => pattern.IsMatch(p)))
        {
            found.Add(known);
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0 && found.Count < limit && visited.Count < 120)
        {
            var (path, depth) = queue.Dequeue();
            if (!visited.Add(path) || await GetPageAsync(caller, path) is not { } html)
            {
                continue;
            }

            foreach (var link in Links(html))
            {
                if (pattern.IsMatch(link) && !found.Contains(link))
                {
                    found.Add(link);
                }
                else if (depth < 2 && !visited.Contains(link) && templates.FirstOrDefault(t => TemplatePattern(t).IsMatch(link)) is { } linked && CallerMay(caller, "GET " + linked))
                {
                    queue.Enqueue((link, depth + 1));
                }
            }
        }

        return found.Take(limit).ToList();
    }

    /// <summary>
    /// States that put forms behind ids: a season with three nominees (the season pages), a payment at the demo shop (its
    /// refund form), a submitted application (the resident's application page), and pages residents reach from a QR code
    /// rather than a link (the running demo event's check-in, the shop's pay page).
    /// </summary>
    public async Task CreateFormStatesAsync()
    {
        var hr = app.Pages();
        await hr.LoginAsync(city, "hr");
        var (season, _) = await hr.CreateSeasonAsync(city, SeasonName);
        foreach (var department in new[] { "zeimu", "hoken", "kosodate" })
        {
            var person = await app.LinkedAsync(city, department);
            var nominated = await hr.SubmitAsync(season, new Dictionary<string, string> { ["staffRecordId"] = person.Id.ToString() }, season + "?handler=Nominate");
            Assert.True(nominated.Status == HttpStatusCode.Redirect, nominated.Html);
        }

        await app.ChargeAtCounterAsync(city, await app.UserIdAsync(city, "resident"), 5_000);
        var api = await app.Api().SignInAsync(city, "resident");
        using (var paid = await api.PostAsync($"/api/v1/{city}/wallet/payments", new { shopCode = "OKASHOP1", amountYen = 500, idempotencyKey = Guid.NewGuid().ToString() }))
        {
            Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        }

        knownPaths.Add($"/{city}/applications/{await app.SubmitBulkyWasteAsync(city, "resident")}");
        knownPaths.Add($"/{city}/pay/OKASHOP1");
        var now = app.Clock.UtcNow;
        var running = await app.WithScopeAsync(city, sp => sp.GetRequiredService<ActivitiesDbContext>().Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Open && e.StartsAtUtc <= now && e.EndsAtUtc > now).Select(e => (Guid?)e.Id).FirstOrDefaultAsync());
        if (running is { } id)
        {
            knownPaths.Add($"/{city}/activities/events/{id}/check-in");
        }
    }

    /// <summary>A page as the caller sees it (HTML only; cached until <see cref="PagesChanged"/>), or null.</summary>
    public async Task<string?> GetPageAsync(string caller, string path)
    {
        if (pageCache.TryGetValue((caller, path), out var cached))
        {
            return cached;
        }

        var client = await CallerAsync(caller);
        using var response = await client.Http.GetAsync(path);
        var html = response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html"
            ? await response.Content.ReadAsStringAsync()
            : null;
        if (html is not null)
        {
            pageCache[(caller, path)] = html;
        }

        return html;
    }

    /// <summary>The caller's signed-in session (signed in on first use).</summary>
    public async Task<PageClient> CallerAsync(string caller)
    {
        if (callers.TryGetValue(caller, out var client))
        {
            return client;
        }

        client = app.Pages();
        if (caller == "platform")
        {
            await client.LoginAsPlatformAdminAsync();
        }
        else if (caller != "anonymous")
        {
            await client.LoginAsync(city, caller);
        }

        pageCache.Keys.Where(k => k.Caller == caller).ToList().ForEach(k => pageCache.Remove(k));
        callers[caller] = client;
        return client;
    }

    private static IEnumerable<string> Links(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href")!.Split('#')[0].Split('?')[0])
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal) && !h.Contains("/logout", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);

    private Regex TemplatePattern(string template) =>
        new("^" + Regex.Replace(Regex.Escape(template).Replace(@"\{", "{", StringComparison.Ordinal), @"\{(\w+)(:[^}]*)?\??}", m =>
            m.Groups[1].Value == "city" ? city : m.Groups[2].Value.Contains("?", StringComparison.Ordinal) ? "[^/]*" : "[^/]+") + "$");
}
