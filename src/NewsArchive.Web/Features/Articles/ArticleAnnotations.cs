using NewsArchive.Data.Articles;
using NewsArchive.Extraction;
using NewsArchive.Web.Components.Shared;

namespace NewsArchive.Web.Features.Articles;

/// <summary>Turns what extraction found in an article into marks on its body.</summary>
public static class ArticleAnnotations
{
    public static IReadOnlyList<BodyAnnotation> From(ArticleView article)
    {
        var annotations = new List<BodyAnnotation>();
        for (var i = 0; i < article.Events.Count; i++)
        {
            annotations.Add(new BodyAnnotation(article.Events[i].Span, AnnotationKind.Event, ArticleLinks.EventAnchor(i + 1)));
        }
        for (var i = 0; i < article.Quotes.Count; i++)
        {
            var quote = article.Quotes[i];
            annotations.Add(new BodyAnnotation(WithQuotationMarks(article.Body, quote.Span), AnnotationKind.Quote, ArticleLinks.QuoteAnchor(i + 1),
                Label: quote.Speaker?.Name, LabelHref: quote.Speaker is { } s ? EntityLinks.Href(s) : null));
        }
        foreach (var entity in article.Entities)
        {
            var kind = entity.Entity.Kind switch
            {
                EntityKind.Person => AnnotationKind.Person,
                EntityKind.Organization => AnnotationKind.Organization,
                _ => AnnotationKind.Place,
            };
            var href = EntityLinks.Href(entity.Entity);
            annotations.AddRange(entity.Mentions.Select(span => new BodyAnnotation(span, kind, Href: href)));
        }
        return annotations;
    }

    private const string Opening = "\"“‘'«„";
    private const string Closing = "\"”’'»“";

    /// <summary>
    /// A quote's span holds only the words; the mark also takes in the quotation marks around them,
    /// so the speaker's name lands after the closing mark rather than inside the quotation.
    /// </summary>
    public static TextSpan WithQuotationMarks(string body, TextSpan span) =>
        span.Start > 0 && span.End < body.Length && Opening.Contains(body[span.Start - 1]) && Closing.Contains(body[span.End])
            ? new TextSpan(span.Start - 1, span.End + 1)
            : span;
}
