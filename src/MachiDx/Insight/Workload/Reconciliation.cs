namespace MachiDx.Insight.Workload;

public sealed record Reconciliation(string Code, string Name, double InventoryHours, double AttendanceHours, double? Coverage, CoverageFlag Flag);
