namespace MachiDx.Insight.Workload;

public sealed record NationalComparison(int OvertimeYear, double OvertimeHoursPerYear, string OvertimeSource, int LeaveYear, double PaidLeaveDaysPerYear, string LeaveSource);
