namespace MachiDx.Platform.Web;

/// <summary>Route strings of the Platform API, shared with tests.</summary>
public static class ApiPaths
{
    public const string Root = "/api/v1";
    public const string City = Root + "/{city}";
    public const string Municipalities = Root + "/municipalities";
    public const string Postal = Root + "/postal/{code}";
    public const string Register = City + "/auth/register";
    public const string Token = City + "/auth/token";
    public const string Me = City + "/me";
    public const string Departments = City + "/departments";
    public const string Resident = City + "/residents/{userId:guid}";
    public const string AuditVerification = City + "/audit/verification";

    public static bool IsApi(PathString path) => path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);
}
