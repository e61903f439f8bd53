namespace MachiDx.Insight.Workload;

/// <param name="AnnualAttendanceHours">Regular hours less leave plus overtime, annualised (12 ÷ months with data).</param>
public sealed record GroupFigures(
    string Code, string Name, int Headcount, int PersonMonths, int MonthsWithData, double OvertimeHours, double PaidLeaveDays,
    double OvertimePerHeadMonth, double OvertimePerHeadYear, double LeaveDaysPerHead, int StaffOver45, int MonthsOver45, int StaffOver360,
    double AnnualAttendanceHours);
