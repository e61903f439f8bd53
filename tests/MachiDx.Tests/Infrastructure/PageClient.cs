using System.Net;
using System.Text.RegularExpressions;
using MachiDx.Platform.Demo;

namespace MachiDx.Tests.Infrastructure;

/// <summary>Drives the server-rendered pages like a browser without JavaScript: GET a form, POST it back with its antiforgery token.</summary>
public sealed partial class PageClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<Page> GetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        return new Page(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
    }

    /// <summary>Loads the form at <paramref name="path"/> and submits it with the given fields.</summary>
    public async Task<Page> SubmitAsync(string path, IDictionary<string, string> fields, string? action = null)
    {
        var form = await GetAsync(path);
        Assert.True(form.Status == HttpStatusCode.OK, $"GET {path} returned {(int)form.Status}:\n{form.Html}");
        var data = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = form.AntiforgeryToken() };
        return await PostAsync(action ?? path, data);
    }

    /// <summary>Posts a multipart form (fields plus files) with the antiforgery token of the page at <paramref name="formPath"/>.</summary>
    public async Task<Page> PostMultipartAsync(string formPath, string action, IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<(string Name, string FileName, byte[] Content)>? files = null)
    {
        var form = await GetAsync(formPath);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(form.AntiforgeryToken()), "__RequestVerificationToken");
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        foreach (var (name, fileName, bytes) in files ?? [])
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, name, fileName);
        }

        using var response = await http.PostAsync(action, content);
        return new Page(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
    }

    public async Task<Page> PostAsync(string path, IDictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await http.PostAsync(path, content);
        return new Page(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
    }

    public async Task<Page> LoginAsync(string city, string local)
    {
        var result = await SubmitAsync($"/{city}/login", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoDataSeeder.EmailFor(local, city),
            ["Input.Password"] = DemoOptions.Password,
        });
        Assert.True(result.Status == HttpStatusCode.Redirect, $"login as {local}@{city} failed: {(int)result.Status}\n{result.Html}");
        return result;
    }

    /// <summary>Signs in as the demo platform administrator at /admin/login.</summary>
    public async Task LoginAsPlatformAdminAsync()
    {
        var result = await SubmitAsync("/admin/login", new Dictionary<string, string>
        {
            ["Input.Email"] = "platform@machidx.example.jp",
            ["Input.Password"] = DemoOptions.Password,
        });
        Assert.True(result.Status == HttpStatusCode.Redirect, $"platform admin login failed: {(int)result.Status}\n{result.Html}");
    }
}

public sealed partial record Page(HttpStatusCode Status, string Html, string? Location)
{
    public string AntiforgeryToken()
    {
        var match = TokenPattern().Match(Html);
        Assert.True(match.Success, "no antiforgery token in page:\n" + Html);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The text of the field-level error shown for a field, or null.</summary>
    public string? FieldError(string fieldId)
    {
        var match = Regex.Match(Html, $"<p class=\"field-error\" id=\"{Regex.Escape(fieldId)}-error\"><span class=\"visually-hidden\">エラー：</span>(.*?)</p>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public string Text => WebUtility.HtmlDecode(TagPattern().Replace(Html, " "));

    /// <summary>The value of the first hidden input with this name (e.g. a form's idempotency key).</summary>
    public string Hidden(string name)
    {
        var match = Regex.Match(Html, $"<input type=\"hidden\"[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        Assert.True(match.Success, $"no hidden input {name} in page:\n" + Html);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
