using System.Runtime.InteropServices;

namespace MachiDx.Procedures.Bench;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID), in milliseconds. Unlike wall-clock
/// time it does not grow while the thread waits for a core, so it shows the engine's own cost on a
/// machine shared with other work. Null where the clock is unavailable.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsAvailable { get; } = Probe();

    public static double? NowMs()
    {
        if (!IsAvailable || clock_gettime(ClockThreadCpuTimeId, out var time) != 0)
        {
            return null;
        }

        return (time.Seconds * 1_000.0) + (time.Nanoseconds / 1_000_000.0);
    }

    private static bool Probe()
    {
        try
        {
            return OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for this one call.
    private static extern int clock_gettime(int clockId, out Timespec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
