using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using NewsArchive.Cli.Commands;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Cli;

/// <summary>The `newsarchive` command line: builds the commands, runs one, turns every failure into one line on stderr.</summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static RootCommand BuildCommands(CliContext context)
    {
        var root = new RootCommand("NewsArchive: ingest news articles, extract people, quotes and events, and export them.");
        root.Add(ExtractCommand.Create(context));
        root.Add(IngestCommand.Create(context));
        root.Add(ReextractCommand.Create(context));
        root.Add(StatsCommand.Create(context));
        root.Add(ExportCommand.Create(context));
        root.Add(EditorCommand.Create(context));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        await using var context = new CliContext(console, configuration);
        var root = BuildCommands(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var message = string.Join(' ', parsed.Errors[0].Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            console.Fail($"{message} (see 'newsarchive {string.Join(' ', CommandPath(parsed))} --help')");
            return Usage;
        }
        try
        {
            return await parsed.InvokeAsync(
                new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false },
                cancellationToken);
        }
        catch (OperationCanceledException)
        {
            console.Fail("cancelled.");
            return Failure;
        }
        catch (Exception e) when (e is ArticleFormatException or IOException or UnauthorizedAccessException or SqliteException or CliException)
        {
            console.Fail(e.Message.ReplaceLineEndings(" "));
            return Failure;
        }
        catch (Exception e)
        {
            // Users get one line, never a stack trace; the type helps a bug report.
            console.Fail($"{e.GetType().Name}: {e.GetBaseException().Message.ReplaceLineEndings(" ")}");
            return Failure;
        }
    }

    private static IEnumerable<string> CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
            names.Insert(0, result.Command.Name);
        return names;
    }
}

/// <summary>A failure whose message is written for the user.</summary>
internal sealed class CliException(string message) : Exception(message);
