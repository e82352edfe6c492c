using System.Runtime.InteropServices;

namespace NewsArchive.Benchmarks.Reporting;

/// <summary>
/// CPU time this process has used, in nanoseconds (Linux CLOCK_PROCESS_CPUTIME_ID). On a machine shared with
/// other work, wall-clock latency mostly measures the scheduler; CPU time per call is what the code costs.
/// </summary>
public static class ProcessCpuTime
{
    private const int ClockProcessCpuTimeId = 2;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: the latter needs unsafe code enabled for the whole project.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    /// <summary>Milliseconds of CPU used by every thread of this process so far; 0 where unsupported.</summary>
    public static double Milliseconds()
    {
        if (!IsAvailable || ClockGetTime(ClockProcessCpuTimeId, out var time) != 0) return 0;
        return time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0;
    }
}
