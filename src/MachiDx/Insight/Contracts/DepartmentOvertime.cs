namespace MachiDx.Insight.Contracts;

/// <summary>One department's overtime in a fiscal year: per head per year (Σ ÷ (person-months ÷ 12)) and per head per month.</summary>
public sealed record DepartmentOvertime(string DepartmentCode, int Headcount, double HoursPerHeadYear, double HoursPerHeadMonth, int StaffOver45Hours);
