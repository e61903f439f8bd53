namespace MachiDx.Insight.Contracts;

/// <summary>Workload figures other modules may read (e.g. the draft's pick order by overtime), for the bound city.</summary>
public interface IWorkloadFigures
{
    /// <summary>Overtime per head in the fiscal year for every department with attendance data, highest first.</summary>
    Task<IReadOnlyList<DepartmentOvertime>> OvertimePerHeadAsync(int fiscalYear, CancellationToken cancellationToken);
}
