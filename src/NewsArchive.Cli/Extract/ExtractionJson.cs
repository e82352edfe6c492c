using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Cli.Extract;

/// <summary>The JSON shape of docs/extract-json.md (camelCase; start/end are offsets into body).</summary>
internal static class ExtractionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Readable names and quotes in the output; it is data for a file or a pipe, not for a browser.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(ArticleExtraction extraction) => JsonSerializer.Serialize(ToJson(extraction), Options);

    public static ExtractJson ToJson(ArticleExtraction x) => new(
        x.Document.Title,
        x.Document.Credit,
        x.Published is { } p ? new PublishedJson(p.Date.ToIso(), Precision(p.Date.Precision), p.Inferred) : null,
        x.Document.Body,
        x.People.Select(Entity).ToList(),
        x.Organizations.Select(Entity).ToList(),
        x.Places.Select(Entity).ToList(),
        x.Quotes.Select(q => new QuoteJson(q.Text, q.Speaker, q.Cue, q.Span.Start, q.Span.End)).ToList(),
        x.Events.Select(e => new EventJson(e.Date.ToIso(), Precision(e.Date.Precision), e.Text, e.Actors, e.Span.Start, e.Span.End)).ToList());

    public static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => "year",
        DatePrecision.Month => "month",
        _ => "day",
    };

    private static EntityJson Entity(ExtractedEntity e) => new(e.Name, e.Aliases, e.Roles, e.Mentions.Count);
}

internal sealed record ExtractJson(
    string Title, string? Credit, PublishedJson? Published, string Body,
    IReadOnlyList<EntityJson> People, IReadOnlyList<EntityJson> Organizations, IReadOnlyList<EntityJson> Places,
    IReadOnlyList<QuoteJson> Quotes, IReadOnlyList<EventJson> Events);

internal sealed record PublishedJson(string Date, string Precision, bool Inferred);

internal sealed record EntityJson(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, int Mentions);

internal sealed record QuoteJson(string Text, string? Speaker, string? Cue, int Start, int End);

internal sealed record EventJson(string Date, string Precision, string Text, IReadOnlyList<string> Actors, int Start, int End);
