using System.Globalization;
using System.Text.Json;
using NewsArchive.Cli.Extract;
using NewsArchive.Data.Quotes;

namespace NewsArchive.Cli.Export;

/// <summary>Quotes as CSV or JSON: text, speaker, cue, the article and where in it.</summary>
internal static class QuoteExport
{
    private static readonly string[] Header = ["text", "speaker", "cue", "article", "articleTitle", "published", "start", "end"];

    public static string Csv(IReadOnlyList<QuoteHit> quotes) => Export.Csv.Write(Header, quotes.Select(q => (IReadOnlyList<string?>)
    [
        q.Text, q.Speaker?.Name, q.Cue, q.ArticleSlug, q.ArticleTitle, q.Published?.Date.ToIso(),
        q.Span.Start.ToString(CultureInfo.InvariantCulture), q.Span.End.ToString(CultureInfo.InvariantCulture),
    ]));

    public static string Json(IReadOnlyList<QuoteHit> quotes) => JsonSerializer.Serialize(
        quotes.Select(q => new
        {
            text = q.Text,
            speaker = q.Speaker?.Name,
            speakerSlug = q.Speaker?.Slug,
            cue = q.Cue,
            article = q.ArticleSlug,
            articleTitle = q.ArticleTitle,
            published = q.Published?.Date.ToIso(),
            start = q.Span.Start,
            end = q.Span.End,
        }),
        ExtractionJson.Options) + Environment.NewLine;
}
