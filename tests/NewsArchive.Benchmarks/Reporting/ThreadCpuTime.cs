namespace NewsArchive.Benchmarks.Reporting;

/// <summary>
/// CPU time the calling thread has used (Linux CLOCK_THREAD_CPUTIME_ID). The process's CPU time also counts the
/// JIT compiling in the background and the runtime's other threads, which under load add tens of µs per article to
/// a one-core pass; the extracting thread's own time is what reading and extraction cost.
/// </summary>
public static class ThreadCpuTime
{
    public static bool IsAvailable => LinuxClock.IsAvailable;

    /// <summary>Microseconds of CPU used by the calling thread so far; 0 where unsupported.</summary>
    public static double Microseconds() => LinuxClock.Nanoseconds(LinuxClock.ThreadCpuTime) / 1000.0;
}
