using System.Diagnostics;
using System.Globalization;
using NewsArchive.Data.Ingestion;
using Spectre.Console;

namespace NewsArchive.Cli.Ingest;

/// <summary>Counts results as they arrive and prints the summary table at the end.</summary>
internal sealed class IngestionReport
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<IngestionOutcome, int> _counts = Enum.GetValues<IngestionOutcome>().ToDictionary(o => o, _ => 0);
    private readonly List<IngestionResult> _rejected = [];

    public int Done { get; private set; }

    public void Add(IngestionResult result)
    {
        Done++;
        _counts[result.Outcome]++;
        if (result.Outcome == IngestionOutcome.Rejected) _rejected.Add(result);
    }

    public int Rejected => _counts[IngestionOutcome.Rejected];

    public double Rate => Done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);

    public string Line => string.Create(CultureInfo.InvariantCulture,
        $"{_counts[IngestionOutcome.Archived]} archived, {_counts[IngestionOutcome.Updated]} updated, {_counts[IngestionOutcome.Unchanged]} unchanged, {Rejected} rejected ({Rate:0.#} files/s)");

    /// <summary>Short enough to leave the progress bar room on an 80-column terminal.</summary>
    public string ShortLine => string.Create(CultureInfo.InvariantCulture, $"{Done} done, {Rejected} rejected, {Rate:0.#}/s");

    public void WriteSummary(IAnsiConsole console)
    {
        var table = new Table().Title("Ingestion summary").AddColumn("result").AddColumn(new TableColumn("files").RightAligned());
        foreach (var (outcome, count) in _counts)
            table.AddRow(outcome.ToString().ToLowerInvariant(), count.ToString(CultureInfo.InvariantCulture));
        table.AddRow("total", Done.ToString(CultureInfo.InvariantCulture));
        table.AddRow("seconds", _clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        table.AddRow("files/s", Rate.ToString("0.0", CultureInfo.InvariantCulture));
        console.Write(table);
        if (_rejected.Count == 0) return;
        var reasons = new Table().Title("Rejected").AddColumn("file").AddColumn("reason");
        foreach (var r in _rejected) reasons.AddRow(Markup.Escape(r.Source), Markup.Escape(r.Reason ?? ""));
        console.Write(reasons);
    }
}
