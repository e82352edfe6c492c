namespace NewsArchive.Benchmarks.Reporting;

/// <summary>
/// CPU time this process has used (Linux CLOCK_PROCESS_CPUTIME_ID). On a machine shared with other work,
/// wall-clock latency mostly measures the scheduler; CPU time per call is what the code costs.
/// </summary>
public static class ProcessCpuTime
{
    public static bool IsAvailable => LinuxClock.IsAvailable;

    /// <summary>Milliseconds of CPU used by every thread of this process so far; 0 where unsupported.</summary>
    public static double Milliseconds() => LinuxClock.Nanoseconds(LinuxClock.ProcessCpuTime) / 1_000_000.0;
}
