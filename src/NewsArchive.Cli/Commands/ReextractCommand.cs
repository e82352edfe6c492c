using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data.Ingestion;
using NewsArchive.Extraction;

namespace NewsArchive.Cli.Commands;

/// <summary>`reextract [--all]`: refresh entities, quotes and events of articles stored by an older extractor.</summary>
internal static class ReextractCommand
{
    public static Command Create(CliContext context)
    {
        var all = new Option<bool>("--all") { Description = "Re-extract every article, not only those from an older extractor version." };
        var command = new Command("reextract", "Re-run extraction on stored articles after an extractor upgrade; articles are kept.") { all };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var services = await context.ArchiveAsync(cancellationToken);
            var count = await services.GetRequiredService<IngestionService>().ReextractAsync(parsed.GetValue(all), cancellationToken: cancellationToken);
            context.Console.Out.WriteLine($"re-extracted {count} article(s) with extractor version {ArticleExtraction.ExtractorVersion}");
            return CliApp.Success;
        });
        return command;
    }
}
