using MachiDx.Procedures.Contracts;

namespace MachiDx.Insight.Dashboard;

/// <summary>One procedure over a fiscal year: online and all cases, the rate (Procedures' rounding rule) and the national rate.</summary>
public sealed record ProcedureRate(string Code, string Name, int Online, int Total, double? NationalRatePercent)
{
    public double? RatePercent => ProcedureUsageRow.Rate(Online, Total);
}
