namespace MachiDx.Tests.Security;

/// <summary>
/// Who may get past each route's door. An audience is a '|'-separated list of:
///   public    everyone, including anonymous callers and other cities' accounts
///   staff     every staff role of the city (staff, hr, dx, treasurer, admin)
///   resident, merchant, hr, dx, treasurer, admin, platform   one kind of caller
/// Other cities' accounts count as anonymous in this city, so only "public" lets them in.
/// </summary>
internal static class AccessMatrix
{
    /// <summary>The city's demo accounts that sign in (pages and API).</summary>
    public static readonly IReadOnlyList<string> CityCallers = ["resident", "merchant", "staff", "hr", "dx", "treasurer", "admin"];

    private static readonly string[] StaffGroup = ["admin", "dx", "hr", "staff", "treasurer"];

    private static readonly string[] Everyone =
        ["anonymous", "resident", "merchant", "staff", "hr", "dx", "treasurer", "admin", "platform", "other-city-admin", "other-city-resident"];

    /// <summary>Routes the matrix does not call, and why.</summary>
    public static readonly IReadOnlySet<string> NotCalled = new HashSet<string>(StringComparer.Ordinal)
    {
        "/{city}/logout", // signing out would end the caller's session for the rest of the matrix; LoginScenarios covers it
        "/admin/logout",
    };

    /// <summary>
    /// Organiser pages open to every signed-in account of the city: a community group's representative is a
    /// resident (or a shop); the page itself then shows only the events the caller organises.
    /// </summary>
    private const string SignedIn = "staff|merchant|platform|resident";

    public static readonly IReadOnlyDictionary<string, string> Expectations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GET /"] = "public",
        ["POST /"] = "public",
        ["GET /admin"] = "platform",
        ["POST /admin"] = "platform",
        ["GET /admin/dx-dashboard"] = "platform",
        ["POST /admin/dx-dashboard"] = "platform",
        ["GET /admin/login"] = "public",
        ["POST /admin/login"] = "public",
        ["GET /admin/postal"] = "platform",
        ["POST /admin/postal"] = "platform",
        ["GET /error/{code:int}"] = "public",
        ["POST /error/{code:int}"] = "public",
        ["GET /{city}"] = "public",
        ["POST /{city}"] = "public",
        ["GET /{city}/activities/events"] = "public",
        ["POST /{city}/activities/events"] = "public",
        ["GET /{city}/activities/events/{id:guid}"] = "public",
        ["POST /{city}/activities/events/{id:guid}"] = "public",
        ["GET /{city}/activities/events/{id:guid}/check-in"] = "resident",
        ["POST /{city}/activities/events/{id:guid}/check-in"] = "resident",
        ["GET /{city}/activities/groups/apply"] = "resident",
        ["POST /{city}/activities/groups/apply"] = "resident",
        ["GET /{city}/activities/health"] = "resident",
        ["POST /{city}/activities/health"] = "resident",
        ["GET /{city}/activities/organize"] = "staff", // or a group's representative; none among the demo callers
        ["POST /{city}/activities/organize"] = SignedIn,
        ["GET /{city}/activities/organize/{id:guid}"] = SignedIn,
        ["POST /{city}/activities/organize/{id:guid}"] = SignedIn,
        ["GET /{city}/activities/organize/{id:guid}/venue"] = SignedIn,
        ["POST /{city}/activities/organize/{id:guid}/venue"] = SignedIn,
        ["GET /{city}/activities/rewards"] = "resident",
        ["POST /{city}/activities/rewards"] = "resident",
        ["GET /{city}/admin/audit"] = "admin",
        ["POST /{city}/admin/audit"] = "admin",
        ["GET /{city}/applications"] = "resident",
        ["POST /{city}/applications"] = "resident",
        ["GET /{city}/applications/{receipt}"] = "resident",
        ["POST /{city}/applications/{receipt}"] = "resident",
        ["GET /{city}/apply/{code}"] = "resident",
        ["POST /{city}/apply/{code}"] = "resident",
        ["GET /{city}/apply/{code}/confirm"] = "resident",
        ["POST /{city}/apply/{code}/confirm"] = "resident",
        ["GET /{city}/dx"] = "public",
        ["POST /{city}/dx"] = "public",
        ["GET /{city}/guide"] = "public",
        ["POST /{city}/guide"] = "public",
        ["GET /{city}/guide/{eventCode}"] = "public",
        ["POST /{city}/guide/{eventCode}"] = "public",
        ["GET /{city}/login"] = "public",
        ["POST /{city}/login"] = "public",
        ["GET /{city}/login/external/complete"] = "public",
        ["POST /{city}/login/external/complete"] = "public",
        ["GET /{city}/mypage"] = "resident",
        ["POST /{city}/mypage"] = "resident",
        ["GET /{city}/pay/r/{token}"] = "resident",
        ["POST /{city}/pay/r/{token}"] = "resident",
        ["GET /{city}/pay/{shopCode}"] = "resident",
        ["POST /{city}/pay/{shopCode}"] = "resident",
        ["GET /{city}/procedures"] = "public",
        ["POST /{city}/procedures"] = "public",
        ["GET /{city}/procedures/{code}"] = "public",
        ["POST /{city}/procedures/{code}"] = "public",
        ["GET /{city}/register"] = "public",
        ["POST /{city}/register"] = "public",
        ["GET /{city}/shop"] = "merchant",
        ["POST /{city}/shop"] = "merchant",
        ["GET /{city}/shop/apply"] = "merchant",
        ["POST /{city}/shop/apply"] = "merchant",
        ["GET /{city}/shop/card"] = "merchant",
        ["POST /{city}/shop/card"] = "merchant",
        ["GET /{city}/shop/payments/{paymentId}/refund"] = "merchant",
        ["POST /{city}/shop/payments/{paymentId}/refund"] = "merchant",
        ["GET /{city}/shop/poster"] = "merchant",
        ["POST /{city}/shop/poster"] = "merchant",
        ["GET /{city}/shop/request"] = "merchant",
        ["POST /{city}/shop/request"] = "merchant",
        ["GET /{city}/staff"] = "staff",
        ["POST /{city}/staff"] = "staff",
        ["GET /{city}/staff/activities"] = "admin|dx",
        ["POST /{city}/staff/activities"] = "admin|dx",
        ["GET /{city}/staff/activities/groups"] = "staff",
        ["POST /{city}/staff/activities/groups"] = "staff",
        ["GET /{city}/staff/activities/health"] = "staff",
        ["POST /{city}/staff/activities/health"] = "staff",
        ["GET /{city}/staff/activities/policy"] = "admin|dx",
        ["POST /{city}/staff/activities/policy"] = "admin|dx",
        ["GET /{city}/staff/applications"] = "staff",
        ["POST /{city}/staff/applications"] = "staff",
        ["GET /{city}/staff/applications/{receipt}"] = "staff",
        ["POST /{city}/staff/applications/{receipt}"] = "staff",
        ["GET /{city}/staff/departments"] = "staff",
        ["POST /{city}/staff/departments"] = "staff",
        ["GET /{city}/staff/dx-dashboard"] = "admin|dx",
        ["POST /{city}/staff/dx-dashboard"] = "admin|dx",
        ["GET /{city}/staff/insight/digilab"] = "staff",
        ["POST /{city}/staff/insight/digilab"] = "staff",
        ["GET /{city}/staff/insight/digilab/candidates"] = "staff",
        ["POST /{city}/staff/insight/digilab/candidates"] = "staff",
        ["GET /{city}/staff/insight/digilab/new"] = "staff",
        ["POST /{city}/staff/insight/digilab/new"] = "staff",
        ["GET /{city}/staff/insight/digilab/savings"] = "staff",
        ["POST /{city}/staff/insight/digilab/savings"] = "staff",
        ["GET /{city}/staff/insight/digilab/{number:int}"] = "staff",
        ["POST /{city}/staff/insight/digilab/{number:int}"] = "staff",
        ["GET /{city}/staff/insight/import/{kind}"] = "staff",
        ["POST /{city}/staff/insight/import/{kind}"] = "staff",
        ["GET /{city}/staff/insight/inventory"] = "staff",
        ["POST /{city}/staff/insight/inventory"] = "staff",
        ["GET /{city}/staff/insight/inventory/task/{id:guid?}"] = "staff",
        ["POST /{city}/staff/insight/inventory/task/{id:guid?}"] = "staff",
        ["GET /{city}/staff/insight/workload"] = "admin|dx|hr",
        ["POST /{city}/staff/insight/workload"] = "admin|dx|hr",
        ["GET /{city}/staff/jobs/{id:guid}"] = "staff",
        ["POST /{city}/staff/jobs/{id:guid}"] = "staff",
        ["GET /{city}/staff/personnel"] = "staff",
        ["POST /{city}/staff/personnel"] = "staff",
        ["GET /{city}/staff/personnel/fa/{id:guid}"] = "staff",
        ["POST /{city}/staff/personnel/fa/{id:guid}"] = "staff",
        ["GET /{city}/staff/personnel/roster"] = "hr",
        ["POST /{city}/staff/personnel/roster"] = "hr",
        ["GET /{city}/staff/personnel/roster/import"] = "hr",
        ["POST /{city}/staff/personnel/roster/import"] = "hr",
        ["GET /{city}/staff/personnel/roster/{id:guid}"] = "hr",
        ["POST /{city}/staff/personnel/roster/{id:guid}"] = "hr",
        ["GET /{city}/staff/personnel/seasons"] = "hr",
        ["POST /{city}/staff/personnel/seasons"] = "hr",
        ["GET /{city}/staff/personnel/seasons/{id:guid}"] = "staff",
        ["POST /{city}/staff/personnel/seasons/{id:guid}"] = "staff",
        ["GET /{city}/staff/personnel/seasons/{id:guid}/board"] = "staff",
        ["POST /{city}/staff/personnel/seasons/{id:guid}/board"] = "staff",
        ["GET /{city}/staff/personnel/seasons/{id:guid}/rules"] = "hr",
        ["POST /{city}/staff/personnel/seasons/{id:guid}/rules"] = "hr",
        ["GET /{city}/staff/personnel/seasons/{id:guid}/simulator"] = "hr",
        ["POST /{city}/staff/personnel/seasons/{id:guid}/simulator"] = "hr",
        ["GET /{city}/staff/procedures/catalogue"] = "admin|dx",
        ["POST /{city}/staff/procedures/catalogue"] = "admin|dx",
        ["GET /{city}/staff/procedures/catalogue/{code}"] = "admin|dx",
        ["POST /{city}/staff/procedures/catalogue/{code}"] = "admin|dx",
        ["GET /{city}/staff/procedures/kpi"] = "staff",
        ["POST /{city}/staff/procedures/kpi"] = "staff",
        ["GET /{city}/staff/procedures/kpi/cases"] = "staff",
        ["POST /{city}/staff/procedures/kpi/cases"] = "staff",
        ["GET /{city}/staff/procedures/kpi/cases/import"] = "staff",
        ["POST /{city}/staff/procedures/kpi/cases/import"] = "staff",
        ["GET /{city}/staff/procedures/kpi/cases/{id:guid}"] = "staff",
        ["POST /{city}/staff/procedures/kpi/cases/{id:guid}"] = "staff",
        ["GET /{city}/staff/procedures/search-misses"] = "admin|dx",
        ["POST /{city}/staff/procedures/search-misses"] = "admin|dx",
        ["GET /{city}/staff/procedures/synonyms"] = "admin|dx",
        ["POST /{city}/staff/procedures/synonyms"] = "admin|dx",
        ["GET /{city}/staff/wallet"] = "staff",
        ["POST /{city}/staff/wallet"] = "staff",
        ["GET /{city}/staff/wallet/campaigns"] = "admin|treasurer",
        ["POST /{city}/staff/wallet/campaigns"] = "admin|treasurer",
        ["GET /{city}/staff/wallet/compliance"] = "admin|treasurer",
        ["POST /{city}/staff/wallet/compliance"] = "admin|treasurer",
        ["GET /{city}/staff/wallet/compliance/{baseDate}/report.csv"] = "admin|treasurer",
        ["POST /{city}/staff/wallet/compliance/{baseDate}/report.csv"] = "admin|treasurer",
        ["GET /{city}/staff/wallet/counter"] = "staff",
        ["POST /{city}/staff/wallet/counter"] = "staff",
        ["GET /{city}/staff/wallet/expiry"] = "admin|treasurer",
        ["POST /{city}/staff/wallet/expiry"] = "admin|treasurer",
        ["GET /{city}/staff/wallet/merchants"] = "admin|treasurer",
        ["POST /{city}/staff/wallet/merchants"] = "admin|treasurer",
        ["GET /{city}/staff/wallet/payouts"] = "admin|treasurer",
        ["POST /{city}/staff/wallet/payouts"] = "admin|treasurer",
        ["GET /{city}/staff/wallet/payouts/{id:guid}"] = "admin|treasurer",
        ["POST /{city}/staff/wallet/payouts/{id:guid}"] = "admin|treasurer",
        ["GET /{city}/staff/wallet/refunds"] = "admin|treasurer",
        ["POST /{city}/staff/wallet/refunds"] = "admin|treasurer",
        ["GET /{city}/staff/wallet/settings"] = "admin|treasurer",
        ["POST /{city}/staff/wallet/settings"] = "admin|treasurer",
        ["GET /{city}/wallet"] = "resident",
        ["POST /{city}/wallet"] = "resident",
        ["GET /{city}/wallet/charge"] = "resident",
        ["POST /{city}/wallet/charge"] = "resident",
        ["GET /{city}/wallet/charge/done/{receipt}"] = "resident",
        ["POST /{city}/wallet/charge/done/{receipt}"] = "resident",
        ["GET /{city}/wallet/legal"] = "public",
        ["POST /{city}/wallet/legal"] = "public",
        ["GET /{city}/wallet/legal/merchants"] = "public",
        ["POST /{city}/wallet/legal/merchants"] = "public",
        ["GET /{city}/wallet/paid/{paymentId}"] = "resident",
        ["POST /{city}/wallet/paid/{paymentId}"] = "resident",
        ["GET /api/v1/municipalities"] = "public",
        ["POST /api/v1/{city}/auth/register"] = "public",
        ["POST /api/v1/{city}/auth/token"] = "public",
        ["GET /api/v1/{city}/me"] = "resident",
        ["PUT /api/v1/{city}/me"] = "resident",
        ["GET /api/v1/{city}/residents/{userId}"] = "staff",
        ["GET /api/v1/{city}/departments"] = "staff",
        ["POST /api/v1/{city}/departments"] = "admin",
        ["GET /api/v1/{city}/audit/verification"] = "admin",
        ["GET /api/v1/postal/{code}"] = "public",
        ["GET /api/v1/{city}/procedures"] = "public",
        ["GET /api/v1/{city}/procedures/{code}"] = "public",
        ["GET /api/v1/{city}/procedures/kpi"] = "staff",
        ["GET /api/v1/{city}/wallet"] = "resident",
        ["POST /api/v1/{city}/wallet/payments"] = "resident",
        ["GET /api/v1/{city}/insight/workload"] = "admin|dx|hr",
        
        ["GET /{city}/staff/procedures/guides"] = "admin|dx",
        ["POST /{city}/staff/procedures/guides"] = "admin|dx",
        ["GET /{city}/staff/procedures/guides/{code}"] = "admin|dx",
        ["POST /{city}/staff/procedures/guides/{code}"] = "admin|dx",
        ["GET /api/v1/{city}/applications"] = "resident",
        ["GET /api/v1/{city}/applications/{receiptNumber}"] = "resident",
        ["POST /api/v1/{city}/applications/{receiptNumber}/withdraw"] = "resident",
        ["GET /api/v1/{city}/staff/applications"] = "staff",
        ["GET /api/v1/{city}/staff/applications/{receiptNumber}"] = "staff",
        ["POST /api/v1/{city}/staff/applications/{receiptNumber}/transitions"] = "staff",
        ["GET /api/v1/{city}/personnel/seasons"] = "staff",
        ["GET /api/v1/{city}/personnel/seasons/{id}"] = "staff",
        ["GET /api/v1/{city}/personnel/seasons/{id}/board"] = "staff",
        ["GET /api/v1/{city}/personnel/seasons/{id}/secondments"] = "staff",
        ["GET /api/v1/{city}/personnel/me/eligibility"] = "staff",
        ["GET /api/v1/{city}/personnel/staff"] = "hr",
        ["GET /api/v1/{city}/personnel/fa-declarations"] = "hr",
    };

    public static ISet<string> Allowed(string audience, bool isApi)
    {
        var allowed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in audience.Split('|'))
        {
            switch (part)
            {
                case "public":
                    allowed.UnionWith(Everyone);
                    break;
                case "staff":
                    allowed.UnionWith(StaffGroup);
                    break;
                default:
                    allowed.Add(part);
                    break;
            }
        }

        if (isApi)
        {
            allowed.Remove("platform"); // the platform administrator has no API token
        }

        return allowed;
    }

    /// <summary>The shortest audience string for what was observed (used to suggest a missing line).</summary>
    public static string Describe(ISet<string> observed)
    {
        if (observed.IsSupersetOf(Everyone.Where(e => e != "platform")))
        {
            return "public";
        }

        var parts = new List<string>();
        var rest = new SortedSet<string>(observed, StringComparer.Ordinal);
        if (rest.IsSupersetOf(StaffGroup))
        {
            parts.Add("staff");
            rest.ExceptWith(StaffGroup);
        }

        parts.AddRange(rest);
        return parts.Count == 0 ? "nobody" : string.Join('|', parts);
    }
}
