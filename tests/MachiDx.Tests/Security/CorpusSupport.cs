using System.Globalization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MachiDx.Platform.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Security;

/// <summary>What the bad-input corpora (API, page forms, CSV imports) and the authorization matrix share.</summary>
internal static class CorpusSupport
{
    /// <summary>True when the text has kana or kanji: a message meant for a Japanese reader.</summary>
    public static bool HasJapanese(string? text) =>
        text is not null && text.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');

    /// <summary>Every Razor Page route template ("/{city}/staff/…"), in ordinal order, except those the matrix does not call.</summary>
    public static IReadOnlyList<string> PageRouteTemplates(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct(StringComparer.Ordinal)
            .Where(t => !AccessMatrix.NotCalled.Contains(t))
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Row counts of every table except those background work writes on its own: the outbox and job queues and
    /// the ledger's balance checkpoints (a cache of balances, written when the writer is idle).
    /// Equal fingerprints before and after a refused request mean it wrote nothing.
    /// </summary>
    public static async Task<string> FingerprintAsync(MachiDxApp app) =>
        await app.WithScopeAsync(null, async sp =>
        {
            var connection = sp.GetRequiredService<PlatformDbContext>().Database.GetDbConnection();
            await connection.OpenAsync();
            try
            {
                var tables = new List<string>();
                await using (var list = connection.CreateCommand())
                {
                    list.CommandText = app.Provider == DatabaseProvider.Sqlite
                        ? "SELECT '\"' || name || '\"' FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                        : "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')";
                    await using var reader = await list.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        var table = reader.GetString(0);
                        if (!table.Contains("outbox", StringComparison.OrdinalIgnoreCase) && !table.Contains("inbox", StringComparison.OrdinalIgnoreCase)
                            && !table.Contains("job", StringComparison.OrdinalIgnoreCase) && !table.Contains("checkpoint", StringComparison.OrdinalIgnoreCase))
                        {
                            tables.Add(table);
                        }
                    }
                }

                await using var count = connection.CreateCommand();
                count.CommandText = string.Join(" UNION ALL ", tables.Order(StringComparer.Ordinal).Select(t => $"SELECT '{t.Replace("'", "''", StringComparison.Ordinal)}' || ':' || count(*) FROM {t}"));
                var parts = new List<string>();
                await using var rows = await count.ExecuteReaderAsync();
                while (await rows.ReadAsync())
                {
                    parts.Add(rows.GetString(0));
                }

                return string.Join(';', parts);
            }
            finally
            {
                await connection.CloseAsync();
            }
        });

    /// <summary>The tables whose row count differs between two fingerprints.</summary>
    public static string Difference(string before, string after) =>
        string.Join(", ", after.Split(';').Except(before.Split(';'), StringComparer.Ordinal));
}

/// <summary>The POST forms of a page as a browser would submit them: action, encoding, fields with their current values, antiforgery token.</summary>
internal static class HtmlForms
{
    /// <summary>The POST forms of a page, except signing out.</summary>
    public static List<HtmlForm> Parse(string html, string pagePath)
    {
        var document = new HtmlParser().ParseDocument(html);
        var forms = new List<HtmlForm>();
        foreach (var form in document.QuerySelectorAll("form").OfType<IHtmlFormElement>())
        {
            if (!string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // The form's own submit button (secondary buttons such as "add a row" or "save a draft" carry a formaction).
            var submits = form.Elements.OfType<IHtmlElement>()
                .Where(e => e is IHtmlButtonElement { Type: "submit" } or IHtmlInputElement { Type: "submit" }).ToList();
            var submit = submits.FirstOrDefault(e => !e.HasAttribute("formaction")) ?? submits.FirstOrDefault();
            var action = Resolve(submit?.GetAttribute("formaction") ?? form.GetAttribute("action") ?? "", pagePath);
            if (action.Contains("/logout", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = new List<FormField>();
            var token = "";
            foreach (var element in form.Elements)
            {
                switch (element)
                {
                    case IHtmlInputElement input when input.Name == "__RequestVerificationToken":
                        token = input.Value;
                        break;
                    case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "image" or "reset"):
                        if (input.Type is "checkbox" or "radio" && (!input.IsChecked || fields.Any(f => f.Name == input.Name)))
                        {
                            if (fields.All(f => f.Name != input.Name) && input.Type == "radio")
                            {
                                fields.Add(new FormField(input.Name!, input.Type, input.Value, input.IsRequired, "", null));
                            }

                            continue;
                        }

                        fields.Add(new FormField(input.Name!, input.Type ?? "text", input.Value, input.IsRequired, input.GetAttribute("accept") ?? "",
                            double.TryParse(input.GetAttribute("min"), NumberStyles.Float, CultureInfo.InvariantCulture, out var min) ? min : null));
                        break;
                    case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && fields.All(f => f.Name != select.Name):
                        fields.Add(new FormField(select.Name!, "select", select.Options.FirstOrDefault(o => o.IsSelected)?.Value ?? select.Options.FirstOrDefault()?.Value ?? "", select.IsRequired, "", null));
                        break;
                    case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                        fields.Add(new FormField(area.Name!, "textarea", area.Value, area.IsRequired, "", null));
                        break;
                    case IHtmlButtonElement button when button == submit && !string.IsNullOrEmpty(button.Name):
                        fields.Add(new FormField(button.Name!, "button", button.Value, false, "", null));
                        break;
                }
            }

            if (token.Length > 0)
            {
                forms.Add(new HtmlForm(action, string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase), fields, token));
            }
        }

        return forms;
    }

    private static string Resolve(string action, string pagePath)
    {
        var path = pagePath.Split('?')[0];
        return action.Length == 0 ? pagePath
            : action.StartsWith('?') ? path + action
            : action.StartsWith('/') ? action
            : path[..(path.LastIndexOf('/') + 1)] + action;
    }
}

/// <summary>One control of a form: name, kind (input type, "select", "textarea", "button"), current value, and what the form declares.</summary>
internal sealed record FormField(string Name, string Kind, string Value, bool Required, string Accept, double? Min);

internal sealed record HtmlForm(string Action, bool Multipart, IReadOnlyList<FormField> Fields, string Token);
