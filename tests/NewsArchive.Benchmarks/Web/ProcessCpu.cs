using System.Globalization;

namespace NewsArchive.Benchmarks.Web;

/// <summary>
/// CPU time a process has used (user + system, from /proc/PID/stat). CPU per request does not depend on how
/// busy the machine is, unlike requests/s, so it says what the app would do on idle cores.
/// </summary>
public static class ProcessCpu
{
    public static TimeSpan Used(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        // Fields after the command name (which may hold spaces) start after the last ')'; utime and stime are 14th and 15th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    // USER_HZ, 100 on every Linux build that matters here.
    private const int ClockTicksPerSecond = 100;
}
