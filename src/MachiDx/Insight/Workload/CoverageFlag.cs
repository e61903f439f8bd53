namespace MachiDx.Insight.Workload;

public enum CoverageFlag
{
    NoData,
    Ok,
    Over,
    Under,
}
