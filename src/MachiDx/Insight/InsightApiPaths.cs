namespace MachiDx.Insight;

/// <summary>Route strings of the Insight API, shared with tests.</summary>
public static class InsightApiPaths
{
    public const string Workload = "/api/v1/{city}/insight/workload";
}
