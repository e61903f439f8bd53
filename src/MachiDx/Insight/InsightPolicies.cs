using System.Security.Claims;
using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace MachiDx.Insight;

/// <summary>
/// Who may do what in the Insight module (all within the user's own city):
/// every member of staff sees the inventory, the DigiLab board and the candidates, and sends requests for their own
/// department; a department's staff and DX推進 edit that department's inventory (<see cref="CanEditDepartment"/>);
/// workload statistics (overtime and leave per department) and the attendance import are for 人事, DX推進 and the
/// tenant administrator; DigiLab triage, usage and freed-hours records are for DX推進; the DX dashboard is for DX推進 and
/// the tenant administrator (its public summary is open to everyone).
/// </summary>
public static class InsightPolicies
{
    public const string Staff = "Insight.Staff";
    public const string Workload = "Insight.Workload";
    public const string DigiLabAdmin = "Insight.DigiLabAdmin";
    public const string Dashboard = "Insight.Dashboard";

    public static bool IsDx(ClaimsPrincipal user) => user?.IsInRole(Roles.DxAdmin) == true;

    /// <summary>DX推進 edits every department's inventory; other staff only their own department's.</summary>
    public static bool CanEditDepartment(ClaimsPrincipal user, StaffIdentity? me, string departmentCode) =>
        IsDx(user) || (me is not null && string.Equals(me.DepartmentCode, departmentCode, StringComparison.Ordinal));

    internal static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireRole([.. Roles.StaffRoles]));
        options.AddPolicy(Workload, p => p.RequireRole(Roles.HrAdmin, Roles.DxAdmin, Roles.TenantAdmin));
        options.AddPolicy(DigiLabAdmin, p => p.RequireRole(Roles.DxAdmin));
        options.AddPolicy(Dashboard, p => p.RequireRole(Roles.DxAdmin, Roles.TenantAdmin));
    }
}
