namespace MachiDx.Tests.Infrastructure;

/// <summary>
/// Fires N requests at the same moment: each waits on its own thread-pool thread at one gate, and the gate opens only
/// when all are waiting, so the server sees them together (as N tabs, nodes or clients submitting at once would).
/// </summary>
public static class AtOnce
{
    public static async Task<T[]> RunAsync<T>(int count, Func<int, Task<T>> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var ready = new CountdownEvent(count);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            ready.Signal();
            await gate.Task;
            return await request(i);
        })).ToArray();
        ready.Wait(TimeSpan.FromSeconds(30));
        gate.SetResult();
        return await Task.WhenAll(tasks);
    }
}
