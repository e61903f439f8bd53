namespace MachiDx.Procedures;

/// <summary>Route strings of the Procedures API, shared with tests.</summary>
public static class ProceduresApiPaths
{
    public const string Procedures = "/api/v1/{city}/procedures";
    public const string Procedure = Procedures + "/{code}";
    public const string Kpi = Procedures + "/kpi";
}
