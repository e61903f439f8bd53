using System.Text;
using System.Text.Json.Nodes;
using MachiDx.Tests.Infrastructure;

namespace MachiDx.Tests.Security;

/// <summary>
/// A corpus of hostile and malformed inputs sent to every API operation that takes a body or query parameters,
/// as a caller who may use it (see <see cref="AccessMatrix"/>). Every answer must be a success or an RFC 9457
/// problem with a Japanese title, never a server error; and a refused call must leave every table as it was.
/// The request shapes come from the OpenAPI document, so new operations are covered without editing this test.
/// </summary>
public abstract class BadInputCorpusScenarios<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private static readonly string[] CallerOrder = ["resident", "merchant", "admin", "hr", "dx", "treasurer", "staff"];

    /// <summary>Values that replace one field at a time.</summary>
    private static readonly (string Name, JsonNode? Value)[] HostileValues =
    [
        ("over-long text", JsonValue.Create(new string('あ', 20_000))),
        ("control characters", JsonValue.Create("a\u0000b\u0001c\u001b[31m\u202Ed")),
        ("script", JsonValue.Create("<script>alert(1)</script><img src=x onerror=alert(1)>")),
        ("SQL", JsonValue.Create("' OR 1=1; DROP TABLE audit_entries; --")),
        ("path traversal", JsonValue.Create("../../../../etc/passwd")),
        ("negative", JsonValue.Create(-1)),
        ("huge number", JsonValue.Create(1e300)),
        ("long overflow", JsonValue.Create(9_223_372_036_854_775_807L)),
        ("object for a scalar", new JsonObject { ["nested"] = "x" }),
        ("array for a scalar", new JsonArray(1, 2, 3)),
        ("null", null),
        ("empty", JsonValue.Create("")),
        ("boolean", JsonValue.Create(true)),
    ];

    /// <summary>Bodies that are broken as a whole.</summary>
    private static readonly (string Name, byte[] Body)[] BrokenBodies =
    [
        ("not JSON", Encoding.UTF8.GetBytes("{{{ not json")),
        ("empty body", []),
        ("JSON null", Encoding.UTF8.GetBytes("null")),
        ("JSON array", Encoding.UTF8.GetBytes("[]")),
        ("invalid UTF-8", [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x7D]),
        ("deep nesting", Encoding.UTF8.GetBytes(new string('[', 5_000) + new string(']', 5_000))),
        ("empty object", Encoding.UTF8.GetBytes("{}")),
    ];

    [Fact]
    public async Task Hostile_and_malformed_api_input_gets_problem_details_and_changes_nothing()
    {
        await app.SettleOutboxAsync();
        var callers = new Dictionary<string, ApiClient>(StringComparer.Ordinal) { ["anonymous"] = app.Api() };
        foreach (var local in CallerOrder)
        {
            callers[local] = await app.Api().SignInAsync("okawa", local);
        }

        using var documentResponse = await app.Api().GetAsync("/openapi/v1.json");
        var document = JsonNode.Parse(await documentResponse.Content.ReadAsStringAsync())!;
        var failures = new List<string>();
        var sent = 0;
        var operations = 0;
        foreach (var (pathTemplate, pathItem) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in pathItem!.AsObject())
            {
                var key = $"{method.ToUpperInvariant()} {pathTemplate}";
                var caller = CallerFor(key, callers);
                if (caller is null)
                {
                    continue;
                }

                var path = AuthorizationMatrixScenarios.Concrete(pathTemplate);
                var schema = BodySchema(operation!, document);
                var queryNames = (operation!["parameters"] as JsonArray ?? []).Where(p => (string?)p!["in"] == "query").Select(p => (string)p!["name"]!).ToList();
                if (schema is null && queryNames.Count == 0)
                {
                    continue;
                }

                operations++;
                var cases = new List<(string Name, Func<HttpRequestMessage> Request)>();
                if (schema is not null)
                {
                    var valid = ValidLooking(schema, document);
                    foreach (var (name, body) in BrokenBodies)
                    {
                        cases.Add((name, () => Json(method, path, body)));
                    }

                    foreach (var property in valid.Select(p => p.Key).ToList())
                    {
                        foreach (var (name, value) in HostileValues)
                        {
                            var body = valid.DeepClone().AsObject();
                            body[property] = value?.DeepClone();
                            var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
                            cases.Add(($"{property}: {name}", () => Json(method, path, bytes)));
                        }

                        var without = valid.DeepClone().AsObject();
                        without.Remove(property);
                        var withoutBytes = Encoding.UTF8.GetBytes(without.ToJsonString());
                        cases.Add(($"{property}: missing", () => Json(method, path, withoutBytes)));
                        var duplicated = valid.ToJsonString().TrimEnd('}') + (valid.Count > 0 ? "," : "") + $"\"{property}\":\"<重複>\"}}";
                        cases.Add(($"{property}: duplicated", () => Json(method, path, Encoding.UTF8.GetBytes(duplicated))));
                    }
                }

                foreach (var name in queryNames)
                {
                    foreach (var (valueName, value) in new[] { ("script", "<script>alert(1)</script>"), ("negative", "-1"), ("huge", "99999999999999999999"), ("control", "\u0000\u001b"), ("over-long", new string('x', 5_000)) })
                    {
                        var url = $"{path}?{name}={Uri.EscapeDataString(value)}";
                        cases.Add(($"?{name}: {valueName}", () => new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url)));
                    }
                }

                foreach (var (name, request) in cases)
                {
                    sent++;
                    var failure = await CheckAsync(caller, request, key, name);
                    for (var attempt = 0; attempt < 2 && failure?.Contains("database changed", StringComparison.Ordinal) == true; attempt++)
                    {
                        // Background work (the base-date snapshot job, reward delivery) may have written at the same
                        // moment: a refused call that really writes does so every time.
                        await app.SettleOutboxAsync();
                        failure = await CheckAsync(caller, request, key, name);
                    }

                    if (failure is not null)
                    {
                        failures.Add(failure);
                    }
                }
            }
        }

        output.WriteLine($"{sent} hostile or malformed requests to {operations} operations.");
        Assert.True(operations >= 10, "The OpenAPI document lists too few operations with input: " + operations);
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(60)) + (failures.Count > 60 ? $"\n… and {failures.Count - 60} more" : ""));
    }

    private async Task<string?> CheckAsync(ApiClient caller, Func<HttpRequestMessage> request, string key, string name)
    {
        var before = await FingerprintAsync();
        using var message = request();
        using var response = await caller.Http.SendAsync(message);
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{key} [{name}]: {status}";
        }

        if (status < 400)
        {
            return null; // accepted as valid (e.g. script text stored as text): escaping on display is tested elsewhere
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{key} [{name}]: {status} without problem details";
        }

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var text = (string?)problem["title"] + (string?)problem["detail"];
        if (!CorpusSupport.HasJapanese(text))
        {
            return $"{key} [{name}]: {status} problem without a Japanese title or detail: {text}";
        }

        var after = await FingerprintAsync();
        return after == before
            ? null
            : $"{key} [{name}]: refused with {status} but the database changed: {CorpusSupport.Difference(before, after)}";
    }

    private static ApiClient? CallerFor(string key, Dictionary<string, ApiClient> callers)
    {
        if (!AccessMatrix.Expectations.TryGetValue(key, out var audience))
        {
            return null; // the authorization matrix fails for a route without an expectation
        }

        var allowed = AccessMatrix.Allowed(audience, isApi: true);
        if (allowed.Contains("anonymous"))
        {
            return callers["anonymous"];
        }

        return CallerOrder.Where(allowed.Contains).Select(c => callers[c]).FirstOrDefault();
    }

    private static HttpRequestMessage Json(string method, string path, byte[] body) =>
        new(new HttpMethod(method.ToUpperInvariant()), path) { Content = new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } } };

    private static JsonNode? BodySchema(JsonNode operation, JsonNode document) =>
        operation["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema ? Resolve(schema, document) : null;

    private static JsonNode Resolve(JsonNode schema, JsonNode document) =>
        schema["$ref"] is { } reference
            ? document["components"]!["schemas"]![((string)reference!).Split('/')[^1]]!
            : schema;

    /// <summary>A body of the schema's shape with plausible values, which each case then breaks in one place.</summary>
    private static JsonObject ValidLooking(JsonNode schema, JsonNode document)
    {
        var body = new JsonObject();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            var resolved = Resolve(property!, document);
            var types = resolved["type"] switch
            {
                JsonArray array => array.Select(t => (string?)t).ToArray(),
                JsonValue value => [(string?)value],
                _ => [],
            };
            var format = (string?)resolved["format"];
            body[name] = types.Contains("integer") || types.Contains("number") ? JsonValue.Create(1)
                : types.Contains("boolean") ? JsonValue.Create(false)
                : types.Contains("array") ? new JsonArray()
                : format == "date" ? JsonValue.Create("2026-12-01")
                : format == "date-time" ? JsonValue.Create("2026-12-01T09:00:00Z")
                : format == "uuid" ? JsonValue.Create(Guid.NewGuid().ToString())
                : JsonValue.Create("テスト");
        }

        return body;
    }

    private Task<string> FingerprintAsync() => CorpusSupport.FingerprintAsync(app);
}

public sealed class BadInputCorpusOnSqlite(SqliteApp app, ITestOutputHelper output) : BadInputCorpusScenarios<SqliteApp>(app, output);

public sealed class BadInputCorpusOnPostgres(PostgresApp app, ITestOutputHelper output) : BadInputCorpusScenarios<PostgresApp>(app, output);
