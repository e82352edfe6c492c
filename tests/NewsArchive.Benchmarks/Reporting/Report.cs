namespace NewsArchive.Benchmarks.Reporting;

/// <summary>Prints results as Markdown table rows ready for docs/benchmarks.md, with a header saying where they came from.</summary>
public sealed class Report
{
    public void Header(string suite, IEnumerable<string> args)
    {
        Console.WriteLine($"## {suite} — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, " +
                          $".NET {Environment.Version}, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024} GiB");
        Console.WriteLine($"Load average at start (1/5/15 min): {LoadAverage()} — other work on the machine skews every figure.");
        Console.WriteLine($"Command: dotnet run -c Release --project tests/NewsArchive.Benchmarks -- {string.Join(' ', args)}");
        Console.WriteLine();
        Console.WriteLine("| measure | result | detail |");
        Console.WriteLine("|---|---|---|");
    }

    public void Footer() => Line($"Load average at end (1/5/15 min): {LoadAverage()}");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public void Row(string measure, string result, string detail = "") => Console.WriteLine($"| {measure} | {result} | {detail} |");

    /// <summary>Progress and context, printed as Markdown quote lines so they do not break the table when pasted.</summary>
    public void Line(string text) => Console.WriteLine($"> {text}");
}
