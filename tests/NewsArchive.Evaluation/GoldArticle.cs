using System.Text.Json;

namespace NewsArchive.Evaluation;

/// <summary>The expected extraction of one article, as written by hand in NAME.gold.json.</summary>
public sealed record GoldArticle(
    string Title,
    string? Credit,
    GoldPublished? Published,
    IReadOnlyList<GoldEntity> People,
    IReadOnlyList<string> NotPeople,
    IReadOnlyList<GoldEntity> Organizations,
    IReadOnlyList<GoldEntity> Places,
    IReadOnlyList<GoldQuote> Quotes,
    IReadOnlyList<string> NotQuotes,
    IReadOnlyList<GoldEvent> Events)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static GoldArticle Load(string path)
    {
        var gold = JsonSerializer.Deserialize<GoldArticle>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException($"{path} holds no gold article.");
        // Lists a gold file leaves out are empty, so comparisons never meet null.
        return gold with
        {
            People = gold.People ?? [],
            NotPeople = (gold.NotPeople ?? []).Select(StripComment).ToList(),
            Organizations = gold.Organizations ?? [],
            Places = gold.Places ?? [],
            Quotes = gold.Quotes ?? [],
            NotQuotes = (gold.NotQuotes ?? []).Select(StripComment).ToList(),
            Events = gold.Events ?? [],
        };
    }

    /// <summary>Every gold person and organization: the things a quote can be attributed to.</summary>
    public IEnumerable<GoldEntity> Speakers => People.Concat(Organizations);

    // not_people and not_quotes may carry an explanation in parentheses: "sanctuary (a scare quote)".
    private static string StripComment(string entry)
    {
        var open = entry.IndexOf(" (", StringComparison.Ordinal);
        return open > 0 && entry.EndsWith(')') ? entry[..open] : entry;
    }
}

/// <summary>The expected publication date; <see cref="Why"/> explains an inferred one.</summary>
public sealed record GoldPublished(string Date, string Precision, bool Inferred, string? Why);

/// <summary>An expected person, organization or place. Optional ones (required: false) are never demanded.</summary>
public sealed record GoldEntity(string Name, IReadOnlyList<string>? Aliases, IReadOnlyList<string>? Roles, bool Required)
{
    public IEnumerable<string> Forms => Aliases is null ? [Name] : Aliases.Prepend(Name);
}

/// <summary>
/// An expected quotation. <see cref="Joined"/> marks a quotation that its attribution interrupts and that
/// continues in the next gold quote: an extractor may return the parts separately or as one quote.
/// </summary>
public sealed record GoldQuote(string Text, string? Speaker, string? Cue, bool Joined);

/// <summary>An expected dated happening; <see cref="Anchor"/> is the words in the article that date it.</summary>
public sealed record GoldEvent(string Date, string Precision, string? Anchor, string? About);
