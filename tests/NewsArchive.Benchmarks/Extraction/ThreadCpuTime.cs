using System.Runtime.InteropServices;

namespace NewsArchive.Benchmarks.Extraction;

/// <summary>
/// CPU time the calling thread has used (Linux CLOCK_THREAD_CPUTIME_ID). The process's CPU time also counts the
/// JIT compiling in the background and the runtime's other threads, which under load add tens of µs per article to
/// a one-core pass; the extracting thread's own time is what reading and extraction cost.
/// </summary>
public static class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

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

    /// <summary>Microseconds of CPU used by the calling thread so far; 0 where unsupported.</summary>
    public static double Microseconds()
    {
        if (!IsAvailable || ClockGetTime(ClockThreadCpuTimeId, out var time) != 0) return 0;
        return time.Seconds * 1_000_000.0 + time.Nanoseconds / 1000.0;
    }
}
