namespace MachiDx.Platform.Jobs;

/// <summary>Handed to running work: report progress, reach scoped services bound to the job's municipality.</summary>
public sealed class JobContext(Guid jobId, IServiceProvider services, Func<long, long, string?, Task> report)
{
    public Guid JobId { get; } = jobId;

    /// <summary>A scope bound to the job's municipality, alive for the whole job.</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>Reports progress; cheap to call often (writes are throttled).</summary>
    public Task ReportAsync(long done, long total, string? message = null) => report(done, total, message);
}
