namespace MachiDx.Personnel;

/// <summary>Route strings of the Personnel API, shared with tests.</summary>
public static class PersonnelApiPaths
{
    public const string Root = "/api/v1/{city}/personnel";
    public const string Seasons = Root + "/seasons";
    public const string Season = Seasons + "/{id:guid}";
    public const string Board = Season + "/board";
    public const string Secondments = Season + "/secondments";
    public const string Staff = Root + "/staff";
    public const string MyEligibility = Root + "/me/eligibility";
    public const string Declarations = Root + "/fa-declarations";
}
