using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data;
using NewsArchive.Data.Ingestion;
using NewsArchive.Data.Model;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Cli.Tests;

/// <summary>Writes a small archive with quotes and events straight into the sandbox's SQLite file, for the export tests.</summary>
public static class SampleArchive
{
    public const string TrickyQuote = "We said \"no, never\", and meant it";

    public static async Task WriteAsync(CliSandbox sandbox)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Archive"] = $"Data Source={sandbox.DatabasePath}" })
            .Build();
        await using var services = new ServiceCollection().AddArchive(configuration).BuildServiceProvider();
        await services.GetRequiredService<ArchiveInitializer>().MigrateAsync();
        await using var db = await services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();

        var hancock = Entity(EntityKind.Person, "Michael Hancock", "michael-hancock", "Hancock");
        var ice = Entity(EntityKind.Organization, "ICE", "ice", null);
        var body = $"{TrickyQuote}, Hancock said. In 2018, ICE sent 108 requests. In January 2018, Hancock met <b>ICE</b>. On 1 January 2018, Hancock spoke.";
        var article = new Article
        {
            Slug = "hancock-story", Title = "Hancock & ICE", Body = body, ContentHash = "h1", ExtractorVersion = 1,
            PublishedOn = new DateOnly(2019, 4, 12), PublishedPrecision = DatePrecision.Day, IngestedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        article.Mentions.Add(new Mention { Entity = hancock, Spans = [new(0, 1)] });
        article.Quotes.Add(new Quote { Text = TrickyQuote, Speaker = hancock, Cue = "said", Start = 0, End = TrickyQuote.Length });
        article.Quotes.Add(new Quote { Text = "Nobody knows", Cue = null, Start = 0, End = 5 });
        article.Events.Add(Event(PartialDate.OfMonth(2018, 1), "In January 2018, Hancock met <b>ICE</b>.", hancock, ice));
        article.Events.Add(Event(PartialDate.OfDay(new DateOnly(2018, 1, 1)), "On 1 January 2018, Hancock spoke.", hancock));
        article.Events.Add(Event(PartialDate.OfYear(2018), "In 2018, ICE sent 108 requests.", ice));
        db.Articles.Add(article);
        await db.SaveChangesAsync();
    }

    private static Entity Entity(EntityKind kind, string name, string slug, string? alias)
    {
        var entity = new Entity { Kind = kind, CanonicalName = name, NormalizedName = name.ToLowerInvariant(), Slug = slug };
        if (alias is not null) entity.Aliases.Add(new EntityAlias { Name = alias, NormalizedName = alias.ToLowerInvariant() });
        return entity;
    }

    private static Event Event(PartialDate date, string text, params Entity[] actors)
    {
        var @event = new Event { StartDay = date.Start, EndDay = date.End, Precision = date.Precision, Text = text, Start = 0, End = text.Length };
        foreach (var actor in actors) @event.Actors.Add(new EventActor { Entity = actor });
        return @event;
    }
}
