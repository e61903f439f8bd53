namespace MachiDx.Insight.Workload;

public sealed record WorkloadFiguresResponse(
    string Code, string Name, int Headcount, int PersonMonths, double OvertimePerHeadMonth, double OvertimePerHeadYear, int StaffOver45Hours, int StaffOver360Hours,
    double PaidLeaveDaysPerHead);
