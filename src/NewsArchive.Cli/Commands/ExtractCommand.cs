using System.CommandLine;
using NewsArchive.Cli.Extract;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Cli.Commands;

/// <summary>`extract &lt;file&gt; [--published yyyy-MM-dd]`: the extraction as JSON on stdout; no database.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The article file (.txt, .md or .html)." };
        var published = new Option<string?>("--published")
        {
            Description = "Publication date to use instead of the file's own or an inferred one (yyyy-MM-dd).",
            HelpName = "yyyy-MM-dd",
        };
        var command = new Command("extract", "Run the extraction pipeline on one article file and print the result as JSON.") { file, published };
        command.SetAction(parsed =>
        {
            PartialDate? date = null;
            var text = parsed.GetValue(published);
            if (text is not null)
            {
                if (!PartialDate.TryParseIso(text, out var parsedDate))
                    throw new CliException($"--published must be a date like 2019-04-12, not '{text}'.");
                date = parsedDate;
            }
            var path = parsed.GetRequiredValue(file).FullName;
            if (!File.Exists(path)) throw new CliException($"'{parsed.GetRequiredValue(file)}' does not exist.");
            var document = ArticleReader.ReadFile(path);
            var json = ExtractionJson.Serialize(new ArticleExtractor().Extract(document, date));
            // Written only once whole, so a failure never leaves half a document on stdout.
            context.Console.Out.WriteLine(json);
            return CliApp.Success;
        });
        return command;
    }
}
