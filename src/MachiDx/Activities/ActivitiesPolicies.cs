using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace MachiDx.Activities;

/// <summary>Who may do what in the Activities module.</summary>
public static class ActivitiesPolicies
{
    /// <summary>Sets the reward rules and sees the dashboard: DX推進 or the tenant administrator.</summary>
    public const string RewardAdmin = "Activities.RewardAdmin";

    internal static void Configure(AuthorizationOptions options) =>
        options.AddPolicy(RewardAdmin, p => p.RequireRole(Roles.DxAdmin, Roles.TenantAdmin));
}
