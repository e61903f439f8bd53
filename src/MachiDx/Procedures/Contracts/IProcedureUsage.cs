namespace MachiDx.Procedures.Contracts;

/// <summary>
/// Online usage of the current municipality's procedures (the request's or job's TenantContext scopes it),
/// for the DX dashboard and other readers.
/// </summary>
public interface IProcedureUsage
{
    /// <summary>
    /// Rows per procedure per month from <paramref name="fromMonth"/> to <paramref name="toMonth"/> (both inclusive;
    /// the day is ignored), months in Japan time, only procedure–months with at least one case.
    /// </summary>
    Task<IReadOnlyList<ProcedureUsageRow>> MonthlyUsageAsync(DateOnly fromMonth, DateOnly toMonth, CancellationToken ct);
}
