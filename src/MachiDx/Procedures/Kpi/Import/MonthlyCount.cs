namespace MachiDx.Procedures.Kpi.Import;

/// <summary>One validated CSV row: a month's total for one procedure and channel.</summary>
internal sealed record MonthlyCount(string ProcedureCode, DateOnly Month, string Channel, int Count);
