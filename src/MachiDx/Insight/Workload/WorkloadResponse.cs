namespace MachiDx.Insight.Workload;

public sealed record WorkloadResponse(int FiscalYear, WorkloadFiguresResponse City, IReadOnlyList<WorkloadFiguresResponse> Departments, NationalComparison National);
