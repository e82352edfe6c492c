using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction;

/// <summary>What kind of thing an entity is.</summary>
public enum EntityKind
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organization: company, agency, party, publication, team.</summary>
    Organization,
    /// <summary>A place: city, state, country, region, landmark.</summary>
    Place,
}

/// <summary>The publication date of an article and whether it was inferred from the text.</summary>
public sealed record PublicationDate(PartialDate Date, bool Inferred);

/// <summary>An entity found in one article.</summary>
/// <param name="Kind">Person, organization or place.</param>
/// <param name="Name">The fullest canonical form seen in the article.</param>
/// <param name="Aliases">Every other surface form that refers to the same entity.</param>
/// <param name="Roles">Titles and roles given to the entity ("Mayor of Denver").</param>
/// <param name="Mentions">Where each mention stands in the body.</param>
public sealed record ExtractedEntity(
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<TextSpan> Mentions);

/// <summary>A direct quotation.</summary>
/// <param name="Text">What stands between the quotation marks, without the marks.</param>
/// <param name="Speaker">The <see cref="ExtractedEntity.Name"/> of who spoke, or null when the text does not say.</param>
/// <param name="Cue">The attribution verb ("said", "wrote", "tweeted"), if any.</param>
/// <param name="Span">Offsets of <paramref name="Text"/> in the body.</param>
public sealed record ExtractedQuote(string Text, string? Speaker, string? Cue, TextSpan Span);

/// <summary>A dated happening.</summary>
/// <param name="Date">When it happened, at the precision the text gives.</param>
/// <param name="Text">The sentence that tells of it.</param>
/// <param name="Actors">Names of the entities in that sentence.</param>
/// <param name="Span">Offsets of the sentence in the body.</param>
public sealed record ExtractedEvent(PartialDate Date, string Text, IReadOnlyList<string> Actors, TextSpan Span);

/// <summary>Everything extraction found in one article.</summary>
public sealed record ArticleExtraction(
    ArticleDocument Document,
    PublicationDate? Published,
    IReadOnlyList<ExtractedEntity> People,
    IReadOnlyList<ExtractedEntity> Organizations,
    IReadOnlyList<ExtractedEntity> Places,
    IReadOnlyList<ExtractedQuote> Quotes,
    IReadOnlyList<ExtractedEvent> Events)
{
    /// <summary>Bumped whenever a change to extraction changes its output, so stored articles can be re-extracted.</summary>
    public const int ExtractorVersion = 1;
}
