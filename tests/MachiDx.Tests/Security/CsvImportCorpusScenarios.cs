using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using MachiDx.Tests.Infrastructure;

namespace MachiDx.Tests.Security;

/// <summary>
/// A corpus of broken CSV files sent to every CSV import of the application, each as a caller allowed to import:
/// wrong and unknown encodings, with and without a BOM, missing header, extra and missing columns, an unterminated
/// quote, an embedded NUL, a formula cell, a file over the size limit, an empty file, duplicate rows, and valid rows
/// followed by one bad row. Every answer must be free of server errors; a broken file must be refused as a whole with
/// a Japanese error that names the line, and must leave every table as it was (all or nothing); the valid sample in
/// each of its encodings must be accepted.
/// </summary>
public abstract class CsvImportCorpusScenarios<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "okawa";

    [Fact]
    public async Task Broken_csv_files_are_refused_whole_with_a_japanese_line_error_and_valid_ones_import()
    {
        await app.SettleOutboxAsync();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var failures = new List<string>();
        var sent = 0;
        var importers = await ImportersAsync();
        foreach (var importer in importers)
        {
            foreach (var (name, bytes, expect, badLine) in Corpus(importer))
            {
                sent++;
                var failure = await CheckAsync(importer, name, bytes, expect, badLine);
                for (var attempt = 0; attempt < 2 && failure?.Contains("database changed", StringComparison.Ordinal) == true; attempt++)
                {
                    await app.SettleOutboxAsync(); // background work may have written at the same moment
                    failure = await CheckAsync(importer, name, bytes, expect, badLine);
                }

                if (failure is not null)
                {
                    failures.Add(failure);
                }
            }
        }

        output.WriteLine($"{sent} CSV uploads to {importers.Count} importers: {string.Join(", ", importers.Select(i => i.Name))}.");
        Assert.Equal(7, importers.Count);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private async Task<string?> CheckAsync(Importer importer, string name, byte[] csv, Expect expect, int? badLine)
    {
        var client = await SignInAsync(importer.Caller);
        var page = await client.GetAsync(importer.Path);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {importer.Path} as {importer.Caller}: {(int)page.Status}");
        var form = HtmlForms.Parse(page.Html, importer.Path).Single(f => f.Fields.Any(x => x.Name == importer.Field));
        var before = await CorpusSupport.FingerprintAsync(app);
        using var content = new MultipartFormDataContent { { new StringContent(form.Token), "__RequestVerificationToken" } };
        foreach (var field in form.Fields.Where(f => f.Kind is not "file"))
        {
            content.Add(new StringContent(field.Value), field.Name);
        }

        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, importer.Field, importer.FileName);
        using var response = await client.Http.PostAsync(form.Action, content);
        var status = (int)response.StatusCode;
        var html = await response.Content.ReadAsStringAsync();
        var label = $"{importer.Name} [{name}]";
        if (status >= 500)
        {
            return $"{label}: {status}";
        }

        var accepted = status is 302 or 303;
        if (accepted)
        {
            return expect == Expect.Refuse ? $"{label}: accepted a broken file" : null;
        }

        if (expect == Expect.Accept)
        {
            return $"{label}: refused a valid file with {status}: {Errors(html)}";
        }

        var errors = Errors(html);
        if (!CorpusSupport.HasJapanese(errors))
        {
            return $"{label}: refused with {status} without a Japanese error: {Excerpt(html)}";
        }

        if (badLine is { } line && !errors.Contains(string.Create(CultureInfo.InvariantCulture, $"{line}行目"), StringComparison.Ordinal))
        {
            return $"{label}: the error does not name line {line}: {errors}";
        }

        var after = await CorpusSupport.FingerprintAsync(app);
        return after == before ? null : $"{label}: refused but the database changed: {CorpusSupport.Difference(before, after)}";
    }

    private static string Errors(string html) =>
        string.Join(' ', new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html)
            .QuerySelectorAll(".field-error, .error-summary, [role=alert], main h1").Select(e => Regex.Replace(e.TextContent, @"\s+", " ").Trim()));

    private static string Excerpt(string html)
    {
        var text = Regex.Replace(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body?.TextContent ?? html, @"\s+", " ").Trim();
        return text.Length > 200 ? text[..200] : text;
    }

    /// <summary>
    /// Broken files built from the importer's valid sample. Refusals come first, so that the valid rows of
    /// "valid rows then a bad row" are new rows (a partial write would change the row count); the valid files last.
    /// </summary>
    private static IEnumerable<(string Name, byte[] Bytes, Expect Expect, int? BadLine)> Corpus(Importer importer)
    {
        var lines = importer.Sample.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();
        var headerLines = importer.HasHeader ? 1 : 0;
        var columns = SplitSimple(lines[^1]).Length;
        var last = lines.Count; // 1-based number of the last line
        static byte[] Utf8(IEnumerable<string> rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", rows) + "\r\n");
        string Replace(string line, int column, string value)
        {
            var fields = SplitSimple(line);
            fields[column] = value;
            return string.Join(',', fields);
        }

        yield return ("empty file", [], Expect.Refuse, null);
        yield return ("blank lines only", Encoding.UTF8.GetBytes("\r\n\r\n\r\n"), Expect.Refuse, null);
        if (importer.HasHeader)
        {
            yield return ("header only", Utf8(lines.Take(1)), Expect.Refuse, null);
        }

        yield return ("extra column", Utf8([.. lines.SkipLast(1), lines[^1] + ",余分"]), Expect.Refuse, last);
        yield return ("missing column", Utf8([.. lines.SkipLast(1), string.Join(',', SplitSimple(lines[^1]).SkipLast(1))]), Expect.Refuse, last);
        yield return ("unterminated quote", Utf8([.. lines.SkipLast(1), Replace(lines[^1], columns - 1, "\"" + SplitSimple(lines[^1])[^1])]), Expect.Refuse, last);
        yield return ("embedded NUL", Utf8([.. lines.SkipLast(1), Replace(lines[^1], importer.TextColumn, "ab\0cd")]), Expect.Refuse, last);
        yield return ("valid rows then one bad row", Utf8([.. lines, string.Join(',', Enumerable.Repeat("×", columns))]), Expect.Refuse, last + 1);
        yield return ("UTF-16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(string.Join("\r\n", lines))], Expect.Refuse, null);
        yield return ("binary", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0xFF, 0xFE, 0x00, 0x0A, 0x2C, 0x2C], Expect.Refuse, null);
        var huge = new StringBuilder(string.Join("\r\n", lines) + "\r\n");
        while (huge.Length < importer.OverLimitBytes)
        {
            huge.Append(lines[^1]).Append("\r\n");
        }

        yield return ("over the size limit", Encoding.UTF8.GetBytes(huge.ToString()), Expect.Refuse, null);
        yield return ("formula cell =CMD()", Utf8([.. lines.SkipLast(1), Replace(lines[^1], importer.TextColumn, "=CMD()")]), Expect.Either, null);
        yield return ("duplicate rows", Utf8([.. lines, lines[^1]]), Expect.Either, null);
        if (importer.HasHeader)
        {
            yield return ("missing header", Utf8(lines.Skip(headerLines)), Expect.Either, null);
        }

        yield return ("UTF-8 without BOM", Utf8(lines), Expect.Accept, null);
        yield return ("UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Utf8(lines)], Expect.Accept, null);
        yield return ("Shift_JIS", Encoding.GetEncoding(932).GetBytes(string.Join("\r\n", lines) + "\r\n"), Expect.Accept, null);
    }

    /// <summary>Splits a sample line (the samples quote nothing).</summary>
    private static string[] SplitSimple(string line) => line.Split(',');

    private async Task<List<Importer>> ImportersAsync()
    {
        var today = app.Clock.Today;
        var steps = "日付,歩数\n" + string.Join('\n', Enumerable.Range(1, 3).Select(d => today.AddDays(-d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ",3000"));
        const string KenAll =
            "13101,\"100  \",\"1000001\",\"ﾄｳｷｮｳﾄ\",\"ﾁﾖﾀﾞｸ\",\"ﾁﾖﾀﾞ\",\"東京都\",\"千代田区\",\"千代田\",0,0,0,0,0,0\n"
            + "13101,\"102  \",\"1020072\",\"ﾄｳｷｮｳﾄ\",\"ﾁﾖﾀﾞｸ\",\"ｲｲﾀﾞﾊﾞｼ\",\"東京都\",\"千代田区\",\"飯田橋\",0,0,1,0,0,0";
        var insight = $"/{City}/staff/insight/import";
        return
        [
            new("Insight inventory", "dx", $"{insight}/inventory", "file", "inventory.csv", await SampleAsync("dx", $"{insight}/inventory?handler=Sample"), true, 4, 2 * 1024 * 1024),
            new("Insight attendance", "hr", $"{insight}/attendance", "file", "attendance.csv", await SampleAsync("hr", $"{insight}/attendance?handler=Sample"), true, 4, 2 * 1024 * 1024),
            new("Insight DigiLab usage", "dx", $"{insight}/usage", "file", "usage.csv", await SampleAsync("dx", $"{insight}/usage?handler=Sample"), true, 0, 2 * 1024 * 1024),
            new("Procedures KPI cases", "staff", $"/{City}/staff/procedures/kpi/cases/import", "file", "cases.csv", await SampleAsync("staff", $"/{City}/staff/procedures/kpi/cases/import?handler=Sample"), true, 0, 2 * 1024 * 1024),
            new("Personnel roster", "hr", $"/{City}/staff/personnel/roster/import", "staffFile", "staff.csv", await SampleAsync("hr", $"/{City}/staff/personnel/roster/import?handler=Sample&kind=staff"), true, 1, 2 * 1024 * 1024),
            new("Activities steps", "resident", $"/{City}/activities/health", "StepsFile", "steps.csv", steps, true, 0, 2 * 1024 * 1024),
            new("Platform KEN_ALL", "platform", "/admin/postal", "file", "KEN_ALL.CSV", KenAll, false, 8, 65 * 1024 * 1024),
        ];
    }

    private async Task<string> SampleAsync(string caller, string path)
    {
        var client = await SignInAsync(caller);
        using var response = await client.Http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} as {caller}: {(int)response.StatusCode}");
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
    }

    private readonly Dictionary<string, PageClient> clients = new(StringComparer.Ordinal);

    private async Task<PageClient> SignInAsync(string caller)
    {
        if (clients.TryGetValue(caller, out var client))
        {
            return client;
        }

        client = app.Pages();
        if (caller == "platform")
        {
            await client.LoginAsPlatformAdminAsync();
        }
        else
        {
            await client.LoginAsync(City, caller);
        }

        clients[caller] = client;
        return client;
    }

    private enum Expect
    {
        Refuse,
        Accept,
        Either,
    }

    /// <summary>One import: who may use it, its page and file field, a valid sample, which column holds free text, and a size over its limit.</summary>
    private sealed record Importer(string Name, string Caller, string Path, string Field, string FileName, string Sample, bool HasHeader, int TextColumn, int OverLimitBytes);
}

public sealed class CsvImportCorpusOnSqlite(SqliteApp app, ITestOutputHelper output) : CsvImportCorpusScenarios<SqliteApp>(app, output);

public sealed class CsvImportCorpusOnPostgres(PostgresApp app, ITestOutputHelper output) : CsvImportCorpusScenarios<PostgresApp>(app, output);
