using MachiDx.Procedures.Contracts;

namespace MachiDx.Procedures.Kpi.Report;

/// <summary>The KPI API's answer: a fiscal year's rows per procedure per month.</summary>
public sealed record ProcedureKpiResponse(int FiscalYear, IReadOnlyList<ProcedureUsageRow> Rows);
