using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace MachiDx.Activities;

/// <summary>Who may do what in the Activities module.</summary>
public static class ActivitiesPolicies
{
    /// <summary>Sets the reward rules and sees the dashboard: DX推進 or the tenant administrator.</summary>
    public const string RewardAdmin = "Activities.RewardAdmin";

    /// <summary>Reviews organiser groups and attests health check-ups and classes: any member of staff.</summary>
    public const string ActivityStaff = "Activities.Staff";

    internal static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(RewardAdmin, p => p.RequireRole(Roles.DxAdmin, Roles.TenantAdmin));
        options.AddPolicy(ActivityStaff, p => p.RequireRole([.. Roles.StaffRoles]));
    }
}
