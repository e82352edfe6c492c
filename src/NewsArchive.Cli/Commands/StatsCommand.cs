using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data.Stats;
using Spectre.Console;

namespace NewsArchive.Cli.Commands;

/// <summary>`stats [--json]`: how many articles, people, organizations, places, quotes and events the archive holds.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print the counts as one JSON object." };
        var command = new Command("stats", "Count what the archive holds.") { json };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var services = await context.ArchiveAsync(cancellationToken);
            var counts = await services.GetRequiredService<ArchiveStats>().CountAsync(cancellationToken);
            if (parsed.GetValue(json))
            {
                context.Console.Out.WriteLine(JsonSerializer.Serialize(counts, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
                return CliApp.Success;
            }
            var table = new Table().AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
            foreach (var (name, value) in new[]
                     {
                         ("articles", counts.Articles), ("people", counts.People), ("organizations", counts.Organizations),
                         ("places", counts.Places), ("quotes", counts.Quotes), ("events", counts.Events),
                     })
                table.AddRow(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            SpectreOutput.For(context.Console).Write(table);
            return CliApp.Success;
        });
        return command;
    }
}
