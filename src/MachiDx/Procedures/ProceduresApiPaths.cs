namespace MachiDx.Procedures;

/// <summary>Route strings of the Procedures API, shared with tests.</summary>
public static class ProceduresApiPaths
{
    public const string Procedures = "/api/v1/{city}/procedures";
    public const string Procedure = Procedures + "/{code}";
    public const string Kpi = Procedures + "/kpi";

    /// <summary>The signed-in resident's own applications.</summary>
    public const string Applications = "/api/v1/{city}/applications";
    public const string Application = Applications + "/{receiptNumber}";
    public const string Withdraw = Application + "/withdraw";

    /// <summary>The applications of the staff member's department (all of them for the tenant administrator).</summary>
    public const string StaffApplications = "/api/v1/{city}/staff/applications";
    public const string StaffApplication = StaffApplications + "/{receiptNumber}";
    public const string StaffTransitions = StaffApplication + "/transitions";
}
