using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using MachiDx.Tests.Infrastructure;

namespace MachiDx.Tests.Security;

/// <summary>
/// A corpus of hostile and malformed values sent to every HTML form that changes state: each POST page route of
/// <see cref="AccessMatrix"/> is loaded as the first caller allowed to post it, its forms are parsed (real field
/// names and the antiforgery token), and each field in turn gets hostile values for its kind. Every answer must be
/// free of server errors; a refusal must be a page with a Japanese error (field error or error summary) or a
/// Japanese error page, and must leave every table as it was; an acceptance is wrong for values no valid input can
/// have (100,000 characters, a NUL, "abc" in a number, a non-existent date, an oversized or mislabelled upload), and a
/// script that is accepted as text must never come back unescaped. Pages whose route needs an id are reached by
/// following links from the caller's other pages, so new forms are covered without editing this test.
/// </summary>
public abstract partial class PageFormCorpusScenarios<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "okawa";
    private const string Script = "<script>alert('machidx')</script><img src=x onerror=alert(1)>";
    private const string EscapedScript = "&lt;script&gt;alert(";

    /// <summary>Routes whose concrete paths are worth more than one sample (the application forms differ per procedure).</summary>
    private static readonly Dictionary<string, int> SamplesPerTemplate = new(StringComparer.Ordinal) { ["/{city}/apply/{code}"] = 3 };

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.")];

    /// <summary>Forms that save a draft on every post, valid or not: only these tables may change when they refuse.</summary>
    private static readonly Dictionary<string, string[]> DraftTables = new(StringComparer.Ordinal)
    {
        ["/{city}/apply/{code}"] = ["application_drafts", "stored_files"],
    };

    private readonly FormCrawler crawler = new(app, City);
    private readonly List<string> leaks = [];

    [Fact]
    public async Task Hostile_form_input_is_refused_in_japanese_or_stored_as_escaped_text_and_a_refusal_writes_nothing()
    {
        await crawler.CreateFormStatesAsync();
        await app.SettleOutboxAsync();
        var templates = CorpusSupport.PageRouteTemplates(app.Services);
        var failures = new List<string>();
        var unreached = new List<string>();
        var targets = new List<FormTarget>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            if (!AccessMatrix.Expectations.TryGetValue("POST " + template, out var audience))
            {
                continue; // the authorization matrix fails for it
            }

            var allowed = AccessMatrix.Allowed(audience, isApi: false);
            var found = false;
            var reached = new List<string>();
            foreach (var caller in FormCrawler.CallerOrder.Where(allowed.Contains))
            {
                foreach (var path in await crawler.PathsAsync(caller, template, templates, SamplesPerTemplate.GetValueOrDefault(template, 1)))
                {
                    reached.Add(caller);
                    var html = await crawler.GetPageAsync(caller, path);
                    if (html is null)
                    {
                        continue;
                    }

                    foreach (var form in HtmlForms.Parse(html, path))
                    {
                        found = true;
                        var identity = $"{caller} {Regex.Replace(form.Action, "[0-9a-f]{8}-[0-9a-f-]{27}", "{id}")} {string.Join(',', form.Fields.Select(f => f.Name).Order(StringComparer.Ordinal))}";
                        if (seen.Add(identity))
                        {
                            targets.Add(new FormTarget(template, caller, path, form));
                        }
                    }
                }

                if (found)
                {
                    break; // the first caller that sees the form posts it
                }
            }

            if (!found)
            {
                unreached.Add(reached.Count == 0 ? template + " (no link)" : template + " (no form for " + string.Join('/', reached.Distinct(StringComparer.Ordinal)) + ")");
            }
        }

        var sent = 0;
        foreach (var target in targets)
        {
            foreach (var variant in Variants(target.Form))
            {
                sent++;
                var failure = await CheckAsync(target, variant);
                for (var attempt = 0; attempt < 2 && failure?.Contains("database changed", StringComparison.Ordinal) == true; attempt++)
                {
                    // Background work may have written at the same moment: a refused post that really writes does so every time.
                    await app.SettleOutboxAsync();
                    failure = await CheckAsync(target, variant);
                }

                if (failure is not null)
                {
                    failures.Add(failure);
                }
            }
        }

        output.WriteLine($"{sent} hostile or malformed posts to {targets.Count} forms on {targets.Select(t => t.Template).Distinct(StringComparer.Ordinal).Count()} page routes.");
        foreach (var target in targets)
        {
            output.WriteLine($"  {target.Caller,-9} {target.Form.Action} [{string.Join(", ", target.Form.Fields.Select(f => f.Name + ":" + f.Kind))}]");
        }

        output.WriteLine("POST routes without a form for any allowed caller: " + string.Join(", ", unreached));
        failures.AddRange(leaks);
        Assert.True(targets.Count >= 30, "Too few forms found: " + targets.Count);
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(80)) + (failures.Count > 80 ? $"\n… and {failures.Count - 80} more" : ""));
    }

    private async Task<string?> CheckAsync(FormTarget target, Variant variant)
    {
        var client = await crawler.CallerAsync(target.Caller);
        var token = await TokenAsync(target);
        if (token is null)
        {
            return null; // the form is gone (e.g. an application already approved by an earlier valid post)
        }

        var before = await CorpusSupport.FingerprintAsync(app);
        using var request = Build(target.Form, variant, token);
        using var response = await client.Http.SendAsync(request);
        var status = (int)response.StatusCode;
        var html = await response.Content.ReadAsStringAsync();
        var location = response.Headers.Location?.OriginalString;
        var label = $"{target.Caller} POST {target.Form.Action} [{variant.Name}]";
        CheckEscaped(label, html);
        if (status >= 500)
        {
            return $"{label}: {status}";
        }

        if (location is not null && (location.Contains("/login", StringComparison.Ordinal)))
        {
            crawler.SignedOut(target.Caller); // signed out (e.g. a changed password): sign in again for the next post
            return variant.MustRefuse ? $"{label}: accepted and signed the caller out" : null;
        }

        var accepted = status is 301 or 302 or 303 or 307 or 308 || (status == 200 && !HasError(html));
        if (accepted)
        {
            crawler.PagesChanged(); // the accepted post may have changed what the pages show
            if (variant.MustRefuse)
            {
                return $"{label}: accepted ({status}{(location is null ? "" : " → " + location)}) a value no valid input has";
            }

            if (variant.Name.EndsWith("script", StringComparison.Ordinal))
            {
                // Stored as text: whatever shows it must escape it (CheckEscaped fails a raw copy).
                foreach (var path in new[] { location, target.Path }.OfType<string>().Where(p => p.StartsWith('/')))
                {
                    using var shown = await client.Http.GetAsync(path);
                    CheckEscaped($"{label} then GET {path}", await shown.Content.ReadAsStringAsync());
                }
            }

            return null;
        }

        if (!CorpusSupport.HasJapanese(Errors(html)))
        {
            return $"{label}: refused with {status} without a Japanese error message: {Excerpt(html)}";
        }

        var after = await CorpusSupport.FingerprintAsync(app);
        var changed = CorpusSupport.Difference(before, after);
        if (changed.Length > 0 && DraftTables.TryGetValue(target.Template, out var draftTables)
            && changed.Split(", ").All(t => draftTables.Any(d => t.Contains(d, StringComparison.Ordinal))))
        {
            return null; // by design: the form keeps the resident's draft (and the files chosen) while it shows the errors
        }

        return changed.Length == 0 ? null : $"{label}: refused with {status} but the database changed: {changed}";
    }

    /// <summary>A copy of the script payload that the browser would run.</summary>
    private void CheckEscaped(string label, string html)
    {
        if (html.Contains("<script>alert('machidx')", StringComparison.Ordinal) || html.Contains("<img src=x onerror", StringComparison.Ordinal))
        {
            leaks.Add($"{label}: the script payload is in the page unescaped");
        }
    }

    private static bool HasError(string html) =>
        html.Contains("class=\"field-error\"", StringComparison.Ordinal) || html.Contains("class=\"error-summary\"", StringComparison.Ordinal)
        || html.Contains("role=\"alert\"", StringComparison.Ordinal);

    /// <summary>The error texts of a page: field errors, the error summary, alerts; for an error page, its main heading.</summary>
    private static string Errors(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var parts = document.QuerySelectorAll(".field-error, .error-summary, [role=alert]").Select(e => e.TextContent).ToList();
        if (parts.Count == 0)
        {
            parts.Add(document.QuerySelector("main h1")?.TextContent ?? document.Title ?? "");
        }

        return string.Join(' ', parts);
    }

    private static string Excerpt(string html)
    {
        var text = Regex.Replace(new HtmlParser().ParseDocument(html).Body?.TextContent ?? html, @"\s+", " ").Trim();
        return text.Length > 200 ? text[..200] : text;
    }

    private async Task<string?> TokenAsync(FormTarget target)
    {
        var html = await crawler.GetPageAsync(target.Caller, target.Path);
        return html is null ? null : HtmlForms.Parse(html, target.Path).FirstOrDefault(f => f.Action == target.Form.Action)?.Token
            ?? HtmlForms.Parse(html, target.Path).FirstOrDefault()?.Token;
    }

    private static HttpRequestMessage Build(HtmlForm form, Variant variant, string token)
    {
        var parts = new List<Part> { new("__RequestVerificationToken", Encoding.UTF8.GetBytes(token), null, null) };
        foreach (var field in form.Fields)
        {
            if (variant.Replace.TryGetValue(field.Name, out var replaced))
            {
                parts.AddRange(replaced);
            }
            else if (field.Name == MachiDx.Platform.Web.SubmitOnce.SubmitOnceTagHelper.FieldName)
            {
                // Each hostile post is a form of its own, not a copy of the one before (which would be sent where it led).
                parts.Add(new Part(field.Name, Encoding.UTF8.GetBytes(Guid.NewGuid().ToString("N")), null, null));
            }
            else if (!variant.Omit.Contains(field.Name))
            {
                parts.Add(field.Kind == "file" ? new Part(field.Name, ValidFile(field.Accept).Content, ValidFile(field.Accept).Name, ValidFile(field.Accept).Type) : new Part(field.Name, Encoding.UTF8.GetBytes(field.Value), null, null));
            }
        }

        parts.AddRange(variant.Extra);
        var request = new HttpRequestMessage(HttpMethod.Post, form.Action);
        if (form.Multipart)
        {
            var content = new MultipartFormDataContent();
            foreach (var part in parts)
            {
                var bytes = new ByteArrayContent(part.Bytes);
                if (part.FileName is null)
                {
                    content.Add(bytes, part.Name);
                }
                else
                {
                    bytes.Headers.ContentType = new MediaTypeHeaderValue(part.ContentType ?? "application/octet-stream");
                    content.Add(bytes, part.Name, part.FileName);
                }
            }

            request.Content = content;
        }
        else
        {
            var body = string.Join('&', parts.Where(p => p.FileName is null).Select(p => Uri.EscapeDataString(p.Name) + "=" + PercentEncode(p.Bytes)));
            request.Content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        return request;
    }

    /// <summary>Percent-encodes bytes as they are (so invalid UTF-8 reaches the server as invalid UTF-8).</summary>
    private static string PercentEncode(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static (string Name, byte[] Content, string Type) ValidFile(string accept) =>
        accept.Contains("csv", StringComparison.OrdinalIgnoreCase) ? ("data.csv", Encoding.UTF8.GetBytes("2026-11-20,8123\r\n"), "text/csv")
        : accept.Contains("image", StringComparison.OrdinalIgnoreCase) || accept.Contains("png", StringComparison.OrdinalIgnoreCase) ? ("photo.png", Png, "image/png")
        : ("document.pdf", Pdf, "application/pdf");

    private static Part Text(string name, string value) => new(name, Encoding.UTF8.GetBytes(value), null, null);

    /// <summary>The hostile cases of one form: each field replaced in turn by values for its kind, then whole-form cases.</summary>
    private static IEnumerable<Variant> Variants(HtmlForm form)
    {
        foreach (var field in form.Fields)
        {
            var name = field.Name;
            IEnumerable<(string Case, Part[] Parts, bool MustRefuse)> cases = field.Kind switch
            {
                "text" or "textarea" or "email" or "tel" or "search" or "url" or "password" =>
                [
                    ("100,000 characters", [Text(name, new string('あ', 100_000))], true),
                    ("NUL", [Text(name, "a\u0000b")], true),
                    ("control characters", [Text(name, "a\u0001b\u001b[31m\u202Ec\u0007")], false),
                    ("invalid UTF-8 and a lone surrogate", [new Part(name, [0x61, 0xFF, 0xFE, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0x62], null, null)], false),
                    ("SQL", [Text(name, "' OR 1=1; DROP TABLE audit_entries; --")], false),
                    ("script", [Text(name, Script)], false),
                ],
                "number" =>
                [
                    ("not a number", [Text(name, "abc")], true),
                    ("negative", [Text(name, "-1")], field.Min is >= 0),
                    ("huge", [Text(name, "99999999999999999999999")], true),
                    ("NaN", [Text(name, "NaN")], true),
                ],
                "date" or "datetime-local" or "month" or "time" =>
                [
                    ("impossible date", [Text(name, field.Kind == "time" ? "25:61" : field.Kind == "month" ? "2026-13" : "2026-02-30")], true),
                    ("not a date", [Text(name, "abc")], true),
                    ("year 99999", [Text(name, "99999-12-31")], true),
                ],
                "select" => [("not an option script", [Text(name, Script)], false)],
                "checkbox" or "radio" => [("odd value script", [Text(name, Script)], false)],
                "hidden" => [("tampered SQL", [Text(name, "' OR 1=1 --")], false), ("tampered script", [Text(name, Script)], false)],
                "file" =>
                [
                    ("path traversal file name", [new Part(name, ValidFile(field.Accept).Content, "../../../../etc/" + ValidFile(field.Accept).Name, ValidFile(field.Accept).Type)], false),
                    ("executable labelled image/png", [new Part(name, Exe, "photo.png", "image/png")], true),
                    ("PNG named .pdf", [new Part(name, Png, "document.pdf", "application/pdf")], !field.Accept.Contains("image", StringComparison.OrdinalIgnoreCase) && !field.Accept.Contains("png", StringComparison.OrdinalIgnoreCase)),
                    ("30 MB", [new Part(name, new byte[30 * 1024 * 1024], ValidFile(field.Accept).Name, ValidFile(field.Accept).Type)], true),
                ],
                _ => [],
            };
            foreach (var (name2, parts, mustRefuse) in cases)
            {
                yield return new Variant($"{name}: {name2}", new Dictionary<string, Part[]>(StringComparer.Ordinal) { [name] = parts }, [], [], mustRefuse);
            }

            if (field.Required)
            {
                yield return new Variant($"{name}: missing", [], [name], [], MustRefuse: false);
            }
        }

        // Every field twice, the second copy hostile; and a form with no fields at all.
        yield return new Variant("duplicated fields", [], [], [.. form.Fields.Where(f => f.Kind != "file").Select(f => Text(f.Name, Script))], false);
        yield return new Variant("no fields", [], [.. form.Fields.Select(f => f.Name)], [], false);
    }

    private sealed record FormTarget(string Template, string Caller, string Path, HtmlForm Form);

    private sealed record Part(string Name, byte[] Bytes, string? FileName, string? ContentType);

    private sealed record Variant(string Name, Dictionary<string, Part[]> Replace, string[] Omit, Part[] Extra, bool MustRefuse);
}

public sealed class PageFormCorpusOnSqlite(SqliteApp app, ITestOutputHelper output) : PageFormCorpusScenarios<SqliteApp>(app, output);

public sealed class PageFormCorpusOnPostgres(PostgresApp app, ITestOutputHelper output) : PageFormCorpusScenarios<PostgresApp>(app, output);
