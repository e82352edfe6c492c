using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Cli.Ingest;
using NewsArchive.Data.Ingestion;
using Spectre.Console;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// `ingest &lt;file|folder|glob&gt;...`: extraction on every core, batched writes, live progress on a terminal
/// and one plain line per file otherwise, then a summary table. Exit code 1 when any file was rejected.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("paths")
        {
            Description = "Article files, folders (searched recursively) or glob patterns such as 'news/**/*.md'.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("ingest", "Read, extract and store articles; print each file's result and a summary.") { inputs };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (files, unmatched) = InputFiles.Expand(parsed.GetRequiredValue(inputs));
            var services = await context.ArchiveAsync(cancellationToken);
            var ingestion = services.GetRequiredService<IngestionService>();
            var console = SpectreOutput.For(context.Console);
            var report = new IngestionReport();
            foreach (var result in unmatched) Plain(context, report, result);

            if (context.Console.IsTerminal && files.Count > 0)
            {
                await console.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask("Ingesting", maxValue: files.Count);
                        var updates = new Progress(result =>
                        {
                            report.Add(result);
                            task.Increment(1);
                            task.Description = Markup.Escape(report.ShortLine);
                        });
                        await ingestion.IngestFilesAsync(files, updates, cancellationToken);
                    });
            }
            else if (files.Count > 0)
            {
                await ingestion.IngestFilesAsync(files, new Progress(result => Plain(context, report, result)), cancellationToken);
            }

            report.WriteSummary(console);
            return report.Rejected > 0 ? CliApp.Failure : CliApp.Success;
        });
        return command;
    }

    private static void Plain(CliContext context, IngestionReport report, IngestionResult result)
    {
        report.Add(result);
        var detail = result.Outcome == IngestionOutcome.Rejected ? result.Reason : result.Slug;
        context.Console.Out.WriteLine($"{result.Outcome.ToString().ToLowerInvariant()}\t{result.Source}\t{detail}");
    }

    /// <summary>Runs the callback on the reporting thread (System.Progress would post to the thread pool, out of order).</summary>
    private sealed class Progress(Action<IngestionResult> report) : IProgress<IngestionResult>
    {
        public void Report(IngestionResult value) => report(value);
    }
}
