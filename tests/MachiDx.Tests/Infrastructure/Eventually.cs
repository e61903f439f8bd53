using Xunit.Sdk;

namespace MachiDx.Tests.Infrastructure;

/// <summary>
/// Waits for background work (outbox deliveries, jobs) by polling, instead of sleeping: returns as soon as the
/// assertion holds, and fails with the assertion's last message when it has not held within the timeout.
/// </summary>
public static class Eventually
{
    /// <summary>Generous: a 2-core CI machine runs several hosts at once; a passing test never waits this long.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan MaxInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Runs <paramref name="assertion"/> until it no longer throws an assertion failure.</summary>
    public static async Task HoldsAsync(Func<Task> assertion, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        await ReturnsAsync(async () =>
        {
            await assertion();
            return true;
        }, timeout);
    }

    /// <summary>Runs <paramref name="probe"/> until it returns without an assertion failure, and returns its value.</summary>
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var limit = timeout ?? DefaultTimeout;
        var started = TimeProvider.System.GetTimestamp();
        var interval = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            try
            {
                return await probe();
            }
            catch (XunitException failure)
            {
                if (TimeProvider.System.GetElapsedTime(started) >= limit)
                {
                    throw new XunitException($"Still failing after {limit.TotalSeconds:0.#} s: {failure.Message}", failure);
                }
            }

            await Task.Delay(interval);
            interval = TimeSpan.FromTicks(Math.Min(interval.Ticks * 2, MaxInterval.Ticks));
        }
    }

    /// <summary>Reads with <paramref name="read"/> until <paramref name="until"/> holds for the value read; returns it.</summary>
    public static Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> until, string expected, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(until);
        return ReturnsAsync(async () =>
        {
            var value = await read();
            Assert.True(until(value), $"expected {expected}; last read: {value}");
            return value;
        }, timeout);
    }
}
