using Microsoft.AspNetCore.Authorization;

namespace MachiDx.Platform.Identity;

/// <summary>Authorization policy names. Each policy applies within the request's own municipality.</summary>
public static class Policies
{
    public const string Resident = nameof(Resident);
    public const string Merchant = nameof(Merchant);
    public const string Staff = nameof(Staff);
    public const string HrAdmin = nameof(HrAdmin);
    public const string DxAdmin = nameof(DxAdmin);
    public const string Treasurer = nameof(Treasurer);
    public const string TenantAdmin = nameof(TenantAdmin);
    public const string PlatformAdmin = nameof(PlatformAdmin);

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Resident, p => p.RequireRole(Roles.Resident));
        options.AddPolicy(Merchant, p => p.RequireRole(Roles.Merchant));
        options.AddPolicy(Staff, p => p.RequireRole([.. Roles.StaffRoles]));
        options.AddPolicy(HrAdmin, p => p.RequireRole(Roles.HrAdmin));
        options.AddPolicy(DxAdmin, p => p.RequireRole(Roles.DxAdmin));
        options.AddPolicy(Treasurer, p => p.RequireRole(Roles.Treasurer));
        options.AddPolicy(TenantAdmin, p => p.RequireRole(Roles.TenantAdmin));
        options.AddPolicy(PlatformAdmin, p => p.RequireRole(Roles.PlatformAdmin));
    }
}
