using MachiDx.Platform.Demo;
using MachiDx.Tests.Infrastructure;

namespace MachiDx.Tests.Security;

/// <summary>
/// What the same request sent <see cref="Copies"/> times at once must do, per form ("POST template?handler=X") and
/// per state-changing API operation: the rows it adds per table ("nothing" when it writes nothing; for the API, the
/// status codes the copies got). One row where the form carries a key (a refund, a payment, a charge) means exactly
/// one effect. See <see cref="ConcurrencyCorpusScenarios{TApp}"/>.
/// </summary>
internal static class ConcurrencyCorpus
{
    public const int Copies = 8;

    /// <summary>The demo staff account of the department that receives 粗大ごみ applications.</summary>
    public const string BulkyWasteStaff = "kankyo01";

    private const string ReadOnly = "a page without a POST form (links and GET filters only)";

    /// <summary>POST page routes that show no form to any caller, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Formless = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["POST /"] = ReadOnly,
        ["POST /admin"] = ReadOnly,
        ["POST /admin/dx-dashboard"] = ReadOnly,
        ["POST /error/{code:int}"] = ReadOnly,
        ["POST /{city}"] = ReadOnly,
        ["POST /{city}/activities/events"] = ReadOnly,
        ["POST /{city}/activities/rewards"] = ReadOnly,
        ["POST /{city}/applications"] = ReadOnly,
        ["POST /{city}/dx"] = ReadOnly,
        ["POST /{city}/guide"] = ReadOnly,
        ["POST /{city}/guide/{eventCode}"] = "the questions are a GET form (the answers are in the query string); nothing is stored",
        ["POST /{city}/procedures"] = "search is a GET form",
        ["POST /{city}/procedures/{code}"] = ReadOnly,
        ["POST /{city}/shop"] = ReadOnly,
        ["POST /{city}/shop/poster"] = ReadOnly,
        ["POST /{city}/staff"] = ReadOnly,
        ["POST /{city}/staff/activities"] = ReadOnly,
        ["POST /{city}/staff/applications"] = "the inbox filters are a GET form",
        ["POST /{city}/staff/dx-dashboard"] = ReadOnly,
        ["POST /{city}/staff/insight/digilab"] = ReadOnly,
        ["POST /{city}/staff/insight/digilab/candidates"] = ReadOnly,
        ["POST /{city}/staff/insight/digilab/savings"] = ReadOnly,
        ["POST /{city}/staff/insight/workload"] = ReadOnly,
        ["POST /{city}/staff/jobs/{id:guid}"] = "a job's progress page",
        ["POST /{city}/staff/personnel/roster"] = "the roster filters are a GET form",
        ["POST /{city}/staff/personnel/seasons/{id:guid}/board"] = ReadOnly,
        ["POST /{city}/staff/procedures/catalogue"] = ReadOnly,
        ["POST /{city}/staff/procedures/guides"] = ReadOnly,
        ["POST /{city}/staff/procedures/kpi"] = "the fiscal-year filter is a GET form",
        ["POST /{city}/staff/procedures/search-misses"] = ReadOnly,
        ["POST /{city}/staff/wallet"] = ReadOnly,
        ["POST /{city}/staff/wallet/compliance/{baseDate}/report.csv"] = "a CSV download",
        ["POST /{city}/wallet"] = ReadOnly,
        ["POST /{city}/wallet/charge/done/{receipt}"] = ReadOnly,
        ["POST /{city}/wallet/legal"] = ReadOnly,
        ["POST /{city}/wallet/legal/merchants"] = ReadOnly,
        ["POST /{city}/wallet/paid/{paymentId}"] = ReadOnly,
        ["POST /{city}/login/external/complete"] = "answers the city's OpenID Connect provider only (OidcSignInScenarios)",
        ["POST /{city}/shop/apply"] = "the demo merchant already has its shop; ShopApply scenarios cover a new one",
    };

    /// <summary>Where a form is found when no link leads to it with the right query (the counter after a resident is found).</summary>
    public static readonly IReadOnlyDictionary<string, string> StartPaths = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/{city}/staff/wallet/counter"] = "/{city}/staff/wallet/counter?Find=" + Uri.EscapeDataString(DemoDataSeeder.EmailFor("resident2", "okawa")),
    };

    /// <summary>Field values that make a form's submission valid, where the generic ones are not.</summary>
    public static readonly IReadOnlyDictionary<string, Dictionary<string, string>> Values = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
    {
        ["POST /{city}/register"] = Residents.RegistrationForm("race-register@example.jp"),
        ["POST /{city}/shop/card"] = new() { ["Input.CardNumber"] = "9100000000000001", ["Input.AmountYen"] = "300", ["Input.Pin"] = "1234" },
        ["POST /{city}/login"] = new() { ["Input.Email"] = DemoDataSeeder.EmailFor("resident2", "okawa"), ["Input.Password"] = DemoOptions.Password },
        ["POST /admin/login"] = new() { ["Input.Email"] = "platform@machidx.example.jp", ["Input.Password"] = DemoOptions.Password },
    };

    public static readonly IReadOnlyDictionary<string, string> Expectations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    /// <summary>Rules checked after the copies landed (money by yen); a message when broken.</summary>
    public static readonly IReadOnlyDictionary<string, Func<MachiDxApp, Task<string?>>> Invariants = new Dictionary<string, Func<MachiDxApp, Task<string?>>>(StringComparer.Ordinal)
    {
    };
}
