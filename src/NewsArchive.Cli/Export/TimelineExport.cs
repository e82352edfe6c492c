using System.Net;
using System.Text.Json;
using NewsArchive.Cli.Extract;
using NewsArchive.Data.Timeline;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Cli.Export;

/// <summary>The timeline as JSON, CSV or Knight Lab TimelineJS JSON.</summary>
internal static class TimelineExport
{
    private static readonly string[] Header = ["date", "precision", "text", "actors", "article", "articleTitle", "start", "end"];

    public static string Json(IReadOnlyList<TimelineEvent> events) => JsonSerializer.Serialize(
        events.Select(e => new
        {
            date = e.Date.Iso,
            precision = ExtractionJson.Precision(e.Date.Precision),
            text = e.Text,
            actors = e.Actors.Select(a => a.Name),
            article = e.ArticleSlug,
            articleTitle = e.ArticleTitle,
            start = e.Span.Start,
            end = e.Span.End,
        }),
        ExtractionJson.Options) + Environment.NewLine;

    public static string Csv(IReadOnlyList<TimelineEvent> events) => Export.Csv.Write(Header, events.Select(e => (IReadOnlyList<string?>)
    [
        e.Date.Iso, ExtractionJson.Precision(e.Date.Precision), e.Text, string.Join("; ", e.Actors.Select(a => a.Name)),
        e.ArticleSlug, e.ArticleTitle, e.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture),
        e.Span.End.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ]));

    /// <summary>
    /// TimelineJS reads headline and text as HTML, so article text is HTML-encoded here; a date carries only
    /// the parts its precision knows (a year-only event has no month or day).
    /// </summary>
    public static string TimelineJs(IReadOnlyList<TimelineEvent> events, string title) => JsonSerializer.Serialize(
        new
        {
            title = new { text = new { headline = WebUtility.HtmlEncode(title), text = WebUtility.HtmlEncode($"{events.Count} events from NewsArchive") } },
            events = events.Select(e => new
            {
                start_date = StartDate(e.Date.Date),
                text = new { headline = WebUtility.HtmlEncode(e.ArticleTitle), text = WebUtility.HtmlEncode(e.Text) },
                group = e.Actors.Count > 0 ? e.Actors[0].Name : null,
            }),
        },
        ExtractionJson.Options) + Environment.NewLine;

    private static Dictionary<string, int> StartDate(PartialDate date)
    {
        var parts = new Dictionary<string, int> { ["year"] = date.Start.Year };
        if (date.Precision >= DatePrecision.Month) parts["month"] = date.Start.Month;
        if (date.Precision == DatePrecision.Day) parts["day"] = date.Start.Day;
        return parts;
    }
}
