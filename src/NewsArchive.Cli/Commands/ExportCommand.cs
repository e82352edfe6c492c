using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Cli.Export;
using NewsArchive.Data.Entities;
using NewsArchive.Data.Quotes;
using NewsArchive.Data.Timeline;

namespace NewsArchive.Cli.Commands;

/// <summary>`export quotes|timeline`: data out of the archive, to stdout or --out FILE.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("export", "Export quotes or the event timeline.");
        command.Add(Quotes(context));
        command.Add(Timeline(context));
        return command;
    }

    private static Option<FileInfo?> OutOption() => new("--out", "-o") { Description = "Write to this file instead of stdout." };

    private static Command Quotes(CliContext context)
    {
        var format = new Option<string>("--format", "-f") { Description = "csv or json.", Required = true };
        format.AcceptOnlyFromAmong("csv", "json");
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes by this speaker (name, alias or slug).", HelpName = "NAME" };
        var output = OutOption();
        var command = new Command("quotes", "Export quotes with their speakers and articles.") { format, speaker, output };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var services = await context.ArchiveAsync(cancellationToken);
            var slug = await EntitySlugAsync(services, parsed.GetValue(speaker), cancellationToken);
            var quotes = await services.GetRequiredService<QuotesBySpeaker>().AllAsync(slug, cancellationToken: cancellationToken);
            var content = parsed.GetRequiredValue(format) == "csv" ? QuoteExport.Csv(quotes) : QuoteExport.Json(quotes);
            await ExportOutput.WriteAsync(context, content, parsed.GetValue(output), cancellationToken);
            return CliApp.Success;
        });
        return command;
    }

    private static Command Timeline(CliContext context)
    {
        var format = new Option<string>("--format", "-f") { Description = "json, csv or timelinejs (Knight Lab TimelineJS).", Required = true };
        format.AcceptOnlyFromAmong("json", "csv", "timelinejs");
        var entity = new Option<string?>("--entity") { Description = "Only events this entity takes part in (name, alias or slug).", HelpName = "NAME" };
        var output = OutOption();
        var command = new Command("timeline", "Export dated events in time order.") { format, entity, output };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var services = await context.ArchiveAsync(cancellationToken);
            var name = parsed.GetValue(entity);
            var slug = await EntitySlugAsync(services, name, cancellationToken);
            var events = await services.GetRequiredService<EventTimeline>().AllAsync(new TimelineQuery(EntitySlug: slug), cancellationToken);
            var content = parsed.GetRequiredValue(format) switch
            {
                "csv" => TimelineExport.Csv(events),
                "timelinejs" => TimelineExport.TimelineJs(events, name is null ? "NewsArchive timeline" : $"NewsArchive timeline: {name}"),
                _ => TimelineExport.Json(events),
            };
            await ExportOutput.WriteAsync(context, content, parsed.GetValue(output), cancellationToken);
            return CliApp.Success;
        });
        return command;
    }

    private static async Task<string?> EntitySlugAsync(IServiceProvider services, string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var found = await services.GetRequiredService<EntityDirectory>().FindAsync(name.Trim(), cancellationToken);
        return found?.Slug ?? throw new CliException($"No person, organization or place in the archive is called '{name}' (or the name fits more than one).");
    }
}
