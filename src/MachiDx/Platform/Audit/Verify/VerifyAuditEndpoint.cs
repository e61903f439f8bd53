using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MachiDx.Platform.Audit.Verify;

internal static class VerifyAuditEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet(ApiPaths.AuditVerification, HandleAsync)
            .RequireAuthorization(Policies.TenantAdmin)
            .WithName("VerifyAuditChains")
            .WithSummary("監査ログのハッシュチェーンを検証する (Verify this city's audit chains)")
            .WithTags("Audit");

    private static async Task<Ok<AuditVerificationView>> HandleAsync(AuditVerifier verifier, TenantContext tenant, CancellationToken ct)
    {
        var reports = await verifier.VerifyAsync(tenant.Required.Id, null, ct);
        return TypedResults.Ok(new AuditVerificationView(reports.All(r => r.Intact), reports));
    }
}

internal sealed record AuditVerificationView(bool Intact, IReadOnlyList<AuditChainReport> Chains);
