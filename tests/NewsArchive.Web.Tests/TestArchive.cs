using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data;
using NewsArchive.Data.Common;
using NewsArchive.Data.Ingestion;
using NewsArchive.Data.Model;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Web.Tests;

/// <summary>
/// A real, migrated SQLite archive file in a temp folder, with articles written row by row so page
/// tests know exactly which people, quotes and events exist (independent of extraction quality).
/// </summary>
public sealed class TestArchive : IAsyncDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("newsarchive-web-").FullName;

    public string DatabasePath => Path.Combine(Folder, "archive.db");

    public IConfiguration Configuration { get; }

    private readonly ServiceProvider _services;

    public TestArchive()
    {
        Configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Archive"] = $"Data Source={DatabasePath}" })
            .Build();
        _services = new ServiceCollection().AddArchive(Configuration).BuildServiceProvider();
        _services.GetRequiredService<ArchiveInitializer>().MigrateAsync().GetAwaiter().GetResult();
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public ArchiveDbContext NewContext() => Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContext();

    /// <summary>Writes one article with the marks given as (text in body, …) so offsets never drift from the text.</summary>
    public async Task<string> AddArticleAsync(ArticleSpec spec)
    {
        await using var db = NewContext();
        var body = string.Join("\n\n", spec.Paragraphs);
        var article = new Article
        {
            Slug = spec.Slug,
            Title = spec.Title,
            Credit = spec.Credit,
            Body = body,
            ContentHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(spec.Slug + body))),
            PublishedOn = spec.Published?.Start,
            PublishedPrecision = spec.Published?.Precision,
            PublishedInferred = spec.PublishedInferred,
            ExtractorVersion = ArticleExtraction.ExtractorVersion,
            IngestedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Articles.Add(article);

        var entities = new Dictionary<string, Entity>();
        foreach (var (kind, name, role) in spec.Entities)
        {
            var normalized = NameKey.Normalize(name);
            var entity = await db.Entities.Include(e => e.Roles).FirstOrDefaultAsync(e => e.Kind == kind && e.NormalizedName == normalized);
            if (entity is null)
            {
                entity = new Entity
                {
                    Kind = kind,
                    CanonicalName = name,
                    NormalizedName = normalized,
                    Surname = kind == EntityKind.Person ? NameKey.Surname(normalized) : null,
                    Slug = SlugText.From(name, "entity"),
                };
                db.Entities.Add(entity);
            }
            if (role is not null && entity.Roles.All(r => r.Name != role))
            {
                entity.Roles.Add(new EntityRole { Name = role, NormalizedName = NameKey.Normalize(role) });
            }
            entities[name] = entity;
        }

        // One mention row per entity, holding all its places.
        foreach (var places in spec.Mentions.GroupBy(m => m.Entity, m => Find(body, m.Surface, m.Occurrence)))
        {
            article.Mentions.Add(new Mention { Entity = entities[places.Key], Spans = places.ToList() });
        }
        foreach (var (text, speaker, cue) in spec.Quotes)
        {
            var span = Find(body, text, 1);
            article.Quotes.Add(new Quote { Text = text, Speaker = speaker is null ? null : entities[speaker], Cue = cue, Start = span.Start, End = span.End });
        }
        foreach (var (date, sentence, actors) in spec.Events)
        {
            var span = Find(body, sentence, 1);
            var ev = new Event { StartDay = date.Start, EndDay = date.End, Precision = date.Precision, Text = sentence, Start = span.Start, End = span.End };
            foreach (var actor in actors) ev.Actors.Add(new EventActor { Entity = entities[actor] });
            article.Events.Add(ev);
        }
        await db.SaveChangesAsync();
        return article.Slug;
    }

    private static TextSpan Find(string body, string text, int occurrence)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = body.IndexOf(text, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{text}' (occurrence {occurrence}) is not in the body.");
        }
        return new TextSpan(at, at + text.Length);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>An article to write: its text and what extraction would have found in it.</summary>
public sealed record ArticleSpec(string Slug, string Title, IReadOnlyList<string> Paragraphs)
{
    public string? Credit { get; init; }
    public PartialDate? Published { get; init; }
    public bool PublishedInferred { get; init; }
    public IReadOnlyList<(EntityKind Kind, string Name, string? Role)> Entities { get; init; } = [];
    /// <summary>(entity name, text in the body, which occurrence counting from 1).</summary>
    public IReadOnlyList<(string Entity, string Surface, int Occurrence)> Mentions { get; init; } = [];
    public IReadOnlyList<(string Text, string? Speaker, string? Cue)> Quotes { get; init; } = [];
    public IReadOnlyList<(PartialDate Date, string Sentence, IReadOnlyList<string> Actors)> Events { get; init; } = [];
}
