using System.Net;
using MachiDx.Platform.Data;
using MachiDx.Platform.Jobs;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Platform;

/// <summary>Long work runs in the background and shows its progress on a page.</summary>
public sealed class JobScenarios(SqliteApp app) : IClassFixture<SqliteApp>
{
    private Task<JobRecord> WaitForAsync(Guid id, Func<JobRecord, bool> until) =>
        Eventually.ReadAsync(
            () => app.WithScopeAsync("okawa", sp => sp.GetRequiredService<PlatformDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.Id == id)),
            until, "the job in the expected state");

    private async Task<Guid> StartAsync(Func<JobContext, CancellationToken, Task<string>> work)
    {
        var okawa = await app.Services.GetRequiredService<MunicipalityDirectory>().FindByCodeAsync("okawa", CancellationToken.None);
        return await app.Services.GetRequiredService<JobRunner>().StartAsync(okawa!, "test", "テスト処理", null, work, CancellationToken.None);
    }

    [Fact]
    public async Task A_job_reports_progress_that_the_status_page_shows_and_then_completes()
    {
        var gate = new TaskCompletionSource();
        var id = await StartAsync(async (job, ct) =>
        {
            await job.ReportAsync(3, 10, "3件目を処理しています。");
            await gate.Task.WaitAsync(ct);
            await job.ReportAsync(10, 10);
            return "10件を処理しました。";
        });

        var running = await WaitForAsync(id, j => j.Done == 3);
        Assert.Equal(JobStatus.Running, running.Status);
        Assert.Equal(30, running.Percent);

        var pages = app.Pages();
        await pages.LoginAsync("okawa", "staff");
        var page = await pages.GetAsync($"/okawa/staff/jobs/{id}");
        Assert.Contains("処理中", page.Text);
        Assert.Contains("value=\"30\"", page.Html);
        Assert.Contains("最新の状態に更新する", page.Html);
        Assert.Contains($"data-job-status=\"/okawa/staff/jobs/{id}?handler=Json\"", page.Html);
        using var json = await pages.Http.GetAsync($"/okawa/staff/jobs/{id}?handler=Json");
        Assert.Contains("\"percent\":30", await json.Content.ReadAsStringAsync());

        gate.SetResult();
        var done = await WaitForAsync(id, j => j.Status == JobStatus.Succeeded);
        Assert.Equal("10件を処理しました。", done.Message);
        var finished = await pages.GetAsync($"/okawa/staff/jobs/{id}");
        Assert.Contains("完了", finished.Text);
        Assert.DoesNotContain("最新の状態に更新する", finished.Html);
    }

    [Fact]
    public async Task A_failing_job_ends_as_failed_with_a_japanese_message_and_no_internals()
    {
        var id = await StartAsync((_, _) => throw new InvalidOperationException("secret connection string"));
        var failed = await WaitForAsync(id, j => j.Status == JobStatus.Failed);
        Assert.Contains("エラーが発生した", failed.Message);
        Assert.DoesNotContain("secret", failed.Message);
    }

    [Fact]
    public async Task Another_citys_job_is_not_found()
    {
        var id = await StartAsync((_, _) => Task.FromResult("ok"));
        var pages = app.Pages();
        await pages.LoginAsync("miyama", "staff");
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/miyama/staff/jobs/{id}")).Status);
    }
}
