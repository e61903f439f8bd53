using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace MachiDx.Procedures;

/// <summary>Who may do what in the Procedures module.</summary>
public static class ProceduresPolicies
{
    /// <summary>Edits the city's procedure catalogue and guides: DX推進 or the tenant administrator.</summary>
    public const string CatalogueEditor = "Procedures.CatalogueEditor";

    internal static void Configure(AuthorizationOptions options) =>
        options.AddPolicy(CatalogueEditor, p => p.RequireRole(Roles.DxAdmin, Roles.TenantAdmin));
}
