using MachiDx.Platform.Audit.Verify;
using MachiDx.Platform.Departments;
using MachiDx.Platform.Identity.Login;
using MachiDx.Platform.Identity.Profile;
using MachiDx.Platform.Identity.Register;
using MachiDx.Platform.Postal;
using MachiDx.Platform.Tenancy.ListMunicipalities;

namespace MachiDx.Platform.Web;

internal static class PlatformApi
{
    public static IEndpointRouteBuilder MapPlatformApi(this IEndpointRouteBuilder app)
    {
        ListMunicipalitiesEndpoint.Map(app);
        RegisterEndpoint.Map(app);
        TokenEndpoint.Map(app);
        ProfileEndpoints.Map(app);
        DepartmentEndpoints.Map(app);
        VerifyAuditEndpoint.Map(app);
        PostalEndpoint.Map(app);
        return app;
    }
}
