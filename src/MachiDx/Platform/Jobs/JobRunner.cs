using System.Threading.Channels;
using MachiDx.Platform.Data;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Jobs;

/// <summary>
/// Runs long work in the background, one job at a time, and keeps its progress in the jobs table so
/// any page (or another node) can show it. Work returns a Japanese result message.
/// </summary>
public sealed partial class JobRunner(IServiceScopeFactory scopes, TimeProvider time, ILogger<JobRunner> logger) : BackgroundService
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(300);
    private readonly Channel<QueuedJob> _queue = Channel.CreateUnbounded<QueuedJob>();

    public async Task<Guid> StartAsync(
        MunicipalityInfo municipality, string kind, string title, Guid? startedBy,
        Func<JobContext, CancellationToken, Task<string>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        var job = new JobRecord
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            MunicipalityId = municipality.Id,
            Kind = kind,
            Title = title,
            Status = JobStatus.Queued,
            Message = "開始を待っています。",
            StartedBy = startedBy,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        await UpdateAsync(municipality, job.Id, j => { }, job, cancellationToken);
        await _queue.Writer.WriteAsync(new QueuedJob(municipality, job.Id, work), cancellationToken);
        return job.Id;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var queued in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await RunAsync(queued, stoppingToken);
        }
    }

    private async Task RunAsync(QueuedJob queued, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(queued.Municipality);
        await UpdateAsync(queued.Municipality, queued.JobId, j => { j.Status = JobStatus.Running; j.Message = "処理しています。"; }, null, stoppingToken);

        // Progress may be reported from any thread (e.g. IProgress callbacks): writes are serialised,
        // throttled, and ignored once the job has finished, so a late report never overwrites the result.
        using var writes = new SemaphoreSlim(1, 1);
        var lastWrite = DateTimeOffset.MinValue;
        var finished = false;
        async Task Report(long done, long total, string? message)
        {
            await writes.WaitAsync(stoppingToken);
            try
            {
                var now = time.GetUtcNow();
                if (finished || (now - lastWrite < ProgressInterval && done < total))
                {
                    return;
                }

                lastWrite = now;
                await UpdateAsync(queued.Municipality, queued.JobId, j =>
                {
                    j.Done = done;
                    j.Total = total;
                    j.Message = message ?? j.Message;
                }, null, stoppingToken);
            }
            finally
            {
                writes.Release();
            }
        }

        async Task FinishAsync(Action<JobRecord> change)
        {
            await writes.WaitAsync(CancellationToken.None);
            try
            {
                finished = true;
                await UpdateAsync(queued.Municipality, queued.JobId, change, null, CancellationToken.None);
            }
            finally
            {
                writes.Release();
            }
        }

        try
        {
            var result = await queued.Work(new JobContext(queued.JobId, scope.ServiceProvider, Report), stoppingToken);
            await FinishAsync(j =>
            {
                j.Status = JobStatus.Succeeded;
                j.Done = Math.Max(j.Done, j.Total);
                j.Message = result;
                j.FinishedAtUtc = time.GetUtcNow().UtcDateTime;
            });
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogJobFailed(logger, ex, queued.JobId);
            await FinishAsync(j =>
            {
                j.Status = JobStatus.Failed;
                j.Message = "処理中にエラーが発生したため中断しました。担当者にお問い合わせください。";
                j.FinishedAtUtc = time.GetUtcNow().UtcDateTime;
            });
        }
    }

    private async Task UpdateAsync(MunicipalityInfo municipality, Guid jobId, Action<JobRecord> change, JobRecord? insert, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(municipality);
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        if (insert is not null)
        {
            db.Jobs.Add(insert);
        }
        else
        {
            var job = await db.Jobs.SingleAsync(j => j.Id == jobId, ct);
            change(job);
        }

        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, Guid jobId);

    private sealed record QueuedJob(MunicipalityInfo Municipality, Guid JobId, Func<JobContext, CancellationToken, Task<string>> Work);
}
