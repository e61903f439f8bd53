namespace MachiDx.Procedures.Kpi.Cases;

/// <summary>The model of the shared fields partial (record and correct use the same fields).</summary>
public sealed record CaseFieldsView(IReadOnlyList<ProcedureChoice> Procedures, CaseInput Input);
