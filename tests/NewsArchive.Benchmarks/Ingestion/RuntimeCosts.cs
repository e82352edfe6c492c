using System.Globalization;
using System.Runtime;

namespace NewsArchive.Benchmarks.Ingestion;

/// <summary>
/// What the runtime itself cost during a run, beside the code being measured: time spent compiling methods
/// (tiered compilation re-compiles hot code, with dynamic PGO instrumenting it first), garbage collections and
/// their pauses, bytes allocated, and CPU per thread name from /proc (the tiered-compilation worker and the GC
/// threads are named; thread-pool workers run both extraction and the writer).
/// </summary>
public sealed class RuntimeCosts
{
    private readonly TimeSpan _jit = JitInfo.GetCompilationTime();
    private readonly long _jitMethods = JitInfo.GetCompiledMethodCount();
    private readonly TimeSpan _pause = GC.GetTotalPauseDuration();
    private readonly int[] _collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly long _allocated = GC.GetTotalAllocatedBytes();
    private readonly Dictionary<string, double> _threads = ThreadCpuByName();

    /// <summary>One line per measure since this snapshot was taken, per article where that reads better.</summary>
    public IEnumerable<string> Since(int articles)
    {
        var n = Math.Max(1, articles);
        yield return $"JIT: {JitInfo.GetCompiledMethodCount() - _jitMethods:N0} methods compiled, " +
                     $"{(JitInfo.GetCompilationTime() - _jit).TotalMilliseconds:N0} ms compiling (all threads)";
        yield return $"GC: gen0/1/2 collections {GC.CollectionCount(0) - _collections[0]}/{GC.CollectionCount(1) - _collections[1]}/" +
                     $"{GC.CollectionCount(2) - _collections[2]}, paused {(GC.GetTotalPauseDuration() - _pause).TotalMilliseconds:N0} ms, " +
                     $"{(GC.GetTotalAllocatedBytes() - _allocated) / (double)n / 1024:N0} KiB allocated per article";
        var now = ThreadCpuByName();
        var byName = now.Select(t => (Name: t.Key, Ms: t.Value - _threads.GetValueOrDefault(t.Key)))
            .Where(t => t.Ms >= 1).OrderByDescending(t => t.Ms)
            .Select(t => $"{t.Name} {t.Ms / n:N3}");
        yield return $"CPU by thread name, ms per article (live threads only): {string.Join("; ", byName)}";
    }

    /// <summary>User + system CPU of the live threads, summed per thread name (Linux only; empty elsewhere).</summary>
    private static Dictionary<string, double> ThreadCpuByName()
    {
        var result = new Dictionary<string, double>();
        if (!Directory.Exists("/proc/self/task")) return result;
        var ticksPerMs = 100 / 1000.0; // USER_HZ is 100 on Linux
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                // Fields after the ")" that closes the name: state is field 3, utime 14, stime 15.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                result[name] = result.GetValueOrDefault(name) + ticks / ticksPerMs;
            }
            catch (IOException)
            {
                // The thread ended while we looked.
            }
        }
        return result;
    }
}
