using System.Runtime.InteropServices;

namespace NewsArchive.Benchmarks.Reporting;

/// <summary>Reads one of Linux's CPU-time clocks (clock_gettime), for <see cref="ProcessCpuTime"/> and <see cref="ThreadCpuTime"/>.</summary>
internal static class LinuxClock
{
    internal const int ProcessCpuTime = 2;
    internal const int ThreadCpuTime = 3;

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

    /// <summary>Nanoseconds the clock has counted so far; 0 where unsupported.</summary>
    public static double Nanoseconds(int clock)
    {
        if (!IsAvailable || ClockGetTime(clock, out var time) != 0) return 0;
        return time.Seconds * 1_000_000_000.0 + time.Nanoseconds;
    }
}
