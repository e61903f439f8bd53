using System.Net;
using System.Text;
using System.Text.Json;
using MachiDx.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Security;

/// <summary>
/// Every page route (from the routing table) and every API operation (from the OpenAPI document) is called as each
/// kind of caller — anonymous, a resident, a merchant, staff of each role, the platform administrator, and staff and
/// a resident of another city — and the outcome (let through or refused) must match <see cref="AccessMatrix"/>.
/// A route without an expectation fails the test, so a new endpoint cannot ship unexamined. No call may end in a
/// server error. Calls use made-up ids, so handlers that are let through answer 404 or 400 and change nothing;
/// page POSTs carry no antiforgery token, so they are refused before any handler runs.
/// </summary>
public sealed class AuthorizationMatrixScenarios(SqliteApp app, ITestOutputHelper output) : IClassFixture<SqliteApp>
{
    private const string City = "okawa";
    private const string OtherCity = "yukuhashi";

    [Fact]
    public async Task Every_page_and_api_operation_lets_in_exactly_the_callers_it_should()
    {
        var personas = await SignInAsync();
        var failures = new List<string>();
        var missing = new List<string>();
        var checkedCalls = 0;

        foreach (var (method, template) in PageRoutes().Concat(await ApiOperationsAsync()))
        {
            var key = $"{method} {template}";
            var isApi = template.StartsWith("/api/", StringComparison.Ordinal);
            var path = Concrete(template);
            var observed = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var persona in personas)
            {
                if (isApi && persona.Api is null)
                {
                    continue;
                }

                using var response = await SendAsync(persona, method, path, isApi);
                checkedCalls++;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{key} as {persona.Name}: {(int)response.StatusCode}");
                }

                if (!Refused(response, isApi))
                {
                    observed.Add(persona.Name);
                }
            }

            if (!AccessMatrix.Expectations.TryGetValue(key, out var audience))
            {
                missing.Add($"[\"{key}\"] = \"{AccessMatrix.Describe(observed)}\",");
                continue;
            }

            var expected = AccessMatrix.Allowed(audience, isApi);
            if (!expected.SetEquals(observed))
            {
                failures.Add($"{key}: expected {audience} = [{string.Join(", ", expected)}], observed [{string.Join(", ", observed)}]");
            }
        }

        output.WriteLine($"{checkedCalls} calls: routes × callers checked.");
        Assert.True(missing.Count == 0, "Routes without an access expectation (add them to AccessMatrix after checking who should get in):\n" + string.Join('\n', missing));
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>A signed-in session is refused with a redirect to a login page, 401 or 403.</summary>
    private static bool Refused(HttpResponseMessage response, bool isApi) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (!isApi && response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString is { } location
            && (location.Contains("/login?", StringComparison.Ordinal) || location.EndsWith("/login", StringComparison.Ordinal)));

    private static async Task<HttpResponseMessage> SendAsync(Persona persona, string method, string path, bool isApi)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = isApi ? new StringContent("{}", Encoding.UTF8, "application/json") : new FormUrlEncodedContent([]);
        }

        var client = isApi ? persona.Api!.Http : persona.Pages.Http;
        return await client.SendAsync(request);
    }

    private IEnumerable<(string Method, string Template)> PageRoutes()
    {
        foreach (var template in CorpusSupport.PageRouteTemplates(app.Services))
        {
            yield return ("GET", template);
            yield return ("POST", template);
        }
    }

    private async Task<List<(string Method, string Template)>> ApiOperationsAsync()
    {
        using var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var operations = new List<(string, string)>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                operations.Add((operation.Name.ToUpperInvariant(), path.Name));
            }
        }

        // Every API endpoint in the routing table is in the document (none is hidden from the matrix).
        var routed = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .Select(e => Normalize(e.RoutePattern));
        var documented = operations.Select(o => o.Item2).ToHashSet(StringComparer.Ordinal);
        Assert.All(routed, r => Assert.Contains(r, documented));
        return operations;
    }

    /// <summary>"/api/v1/{city}/x/{id:guid}" as the OpenAPI document writes it: "/api/v1/{city}/x/{id}".</summary>
    private static string Normalize(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));

    /// <summary>Fills a route template with the city and made-up ids.</summary>
    internal static string Concrete(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{(\w+)(:[^}]*)?\??\}", match =>
        {
            var name = match.Groups[1].Value;
            var constraint = match.Groups[2].Value;
            return name switch
            {
                "city" => City,
                "code" when template.StartsWith("/error", StringComparison.Ordinal) => "404",
                _ when constraint.Contains("guid", StringComparison.Ordinal) => "0f8fad5b-d9cb-469f-a165-70867728950e",
                _ when constraint.Contains("int", StringComparison.Ordinal) => "999999",
                "userId" or "id" or "residentId" => "0f8fad5b-d9cb-469f-a165-70867728950e",
                "baseDate" => "2026-03-31",
                _ => "zz-no-such-" + name.ToLowerInvariant(),
            };
        });

    private async Task<List<Persona>> SignInAsync()
    {
        var personas = new List<Persona> { new("anonymous", app.Pages(), app.Api()) };
        foreach (var local in AccessMatrix.CityCallers)
        {
            var pages = app.Pages();
            await pages.LoginAsync(City, local);
            personas.Add(new Persona(local, pages, await app.Api().SignInAsync(City, local)));
        }

        var platform = app.Pages();
        var form = await platform.GetAsync("/admin/login");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        await platform.LoginAsPlatformAdminAsync();
        personas.Add(new Persona("platform", platform, null));

        var otherStaff = app.Pages();
        await otherStaff.LoginAsync(OtherCity, "admin");
        personas.Add(new Persona("other-city-admin", otherStaff, await app.Api().SignInAsync(OtherCity, "admin")));
        var otherResident = app.Pages();
        await otherResident.LoginAsync(OtherCity, "resident");
        personas.Add(new Persona("other-city-resident", otherResident, await app.Api().SignInAsync(OtherCity, "resident")));
        return personas;
    }

    private sealed record Persona(string Name, PageClient Pages, ApiClient? Api);
}
