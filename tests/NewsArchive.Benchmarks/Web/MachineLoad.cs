namespace NewsArchive.Benchmarks.Web;

/// <summary>The 1/5/15-minute load average, printed next to each figure: other work on the 2 cores skews it.</summary>
public static class MachineLoad
{
    public static string Now() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
