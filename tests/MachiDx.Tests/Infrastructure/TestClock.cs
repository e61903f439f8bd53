using System.Globalization;
using MachiDx.Platform;

namespace MachiDx.Tests.Infrastructure;

/// <summary>
/// The app's clock in tests (the host's <see cref="TimeProvider"/>): real time plus an offset a test can move. It keeps
/// ticking, unlike a frozen fake, because the host's background loops (outbox dispatch, jobs, timers) wait on real time
/// and time-ordered ids (outbox messages, ledger transfers) need distinct instants. Timers and timestamps stay real.
/// Move it forward only: the app's rows and ids made before a backward move would lie in its future.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    /// <summary>The app's now, as the UTC <see cref="DateTime"/> its rows store.</summary>
    public DateTime UtcNow => GetUtcNow().UtcDateTime;

    /// <summary>The app's today in Japan (the day its date rules count from).</summary>
    public DateOnly Today => JapanTime.Today(this);

    /// <summary>The app's today in Japan plus <paramref name="days"/>, as a form's date field takes it (yyyy-MM-dd).</summary>
    public string Day(int days) => Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Lets <paramref name="span"/> pass at once for the app (an expiry, an idle timeout), without waiting.</summary>
    public void Advance(TimeSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(span, TimeSpan.Zero);
        Interlocked.Add(ref offsetTicks, span.Ticks);
    }

    /// <summary>Jumps the app to <paramref name="instant"/>; from there the clock keeps ticking.</summary>
    public void SetNow(DateTimeOffset instant) =>
        Interlocked.Exchange(ref offsetTicks, (instant - System.GetUtcNow()).Ticks);
}
