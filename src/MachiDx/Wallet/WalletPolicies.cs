using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace MachiDx.Wallet;

/// <summary>Who may do what in the Wallet module.</summary>
public static class WalletPolicies
{
    /// <summary>Counter work: record cash charges, issue QRカード (any staff member).</summary>
    public const string Counter = "Wallet.Counter";

    /// <summary>Approves merchants, runs campaigns and payouts, 資金決済法 reports: 会計 or the tenant administrator.</summary>
    public const string Treasury = "Wallet.Treasury";

    internal static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Counter, p => p.RequireRole([.. Roles.StaffRoles]));
        options.AddPolicy(Treasury, p => p.RequireRole(Roles.Treasurer, Roles.TenantAdmin));
    }
}
