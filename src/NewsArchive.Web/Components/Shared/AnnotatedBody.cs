using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using NewsArchive.Extraction;

namespace NewsArchive.Web.Components.Shared;

/// <summary>
/// Renders an article body from its plain text and offsets. Every character of the article goes
/// through <see cref="RenderTreeBuilder.AddContent(int, string)"/>, which escapes it: nothing from
/// the article is ever emitted as markup.
/// </summary>
public sealed class AnnotatedBody : ComponentBase
{
    private const int LayerCount = 3;

    [Parameter, EditorRequired] public string Body { get; set; } = "";

    /// <summary>Each paragraph's span in <see cref="Body"/>; when absent, blank lines separate paragraphs.</summary>
    [Parameter] public IReadOnlyList<TextSpan>? Paragraphs { get; set; }

    [Parameter] public IReadOnlyList<BodyAnnotation> Annotations { get; set; } = [];

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var layers = BuildLayers();
        var anchorsGiven = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in Paragraphs ?? SplitParagraphs(Body))
        {
            var start = Math.Clamp(paragraph.Start, 0, Body.Length);
            var end = Math.Clamp(paragraph.End, start, Body.Length);
            builder.OpenElement(0, "p");
            builder.AddAttribute(1, "class", "article-paragraph");
            RenderRange(builder, start, end, 0, layers, anchorsGiven);
            builder.CloseElement();
        }
    }

    /// <summary>Per layer, annotations in order with overlaps inside a layer dropped (first one wins).</summary>
    private List<BodyAnnotation>[] BuildLayers()
    {
        var layers = new List<BodyAnnotation>[LayerCount];
        for (var i = 0; i < LayerCount; i++) layers[i] = [];
        foreach (var annotation in Annotations
                     .Where(a => a.Span.Start >= 0 && a.Span.End <= Body.Length && a.Span.Length > 0)
                     .OrderBy(a => a.Span.Start).ThenByDescending(a => a.Span.Length))
        {
            var layer = layers[annotation.Layer];
            if (layer.Count > 0 && layer[^1].Span.End > annotation.Span.Start) continue;
            layer.Add(annotation);
        }
        return layers;
    }

    private void RenderRange(RenderTreeBuilder builder, int start, int end, int layer,
        List<BodyAnnotation>[] layers, HashSet<string> anchorsGiven)
    {
        if (start >= end) return;
        if (layer == LayerCount)
        {
            builder.AddContent(10, Body[start..end]);
            return;
        }

        var position = start;
        foreach (var annotation in layers[layer])
        {
            if (annotation.Span.End <= start) continue;
            if (annotation.Span.Start >= end) break;
            var pieceStart = Math.Max(annotation.Span.Start, start);
            var pieceEnd = Math.Min(annotation.Span.End, end);
            RenderRange(builder, position, pieceStart, layer + 1, layers, anchorsGiven);
            RenderPiece(builder, annotation, pieceStart, pieceEnd, layer, layers, anchorsGiven);
            position = pieceEnd;
        }
        RenderRange(builder, position, end, layer + 1, layers, anchorsGiven);
    }

    private void RenderPiece(RenderTreeBuilder builder, BodyAnnotation annotation, int start, int end, int layer,
        List<BodyAnnotation>[] layers, HashSet<string> anchorsGiven)
    {
        var (element, cssClass) = annotation.Kind switch
        {
            AnnotationKind.Event => ("span", "event-sentence"),
            AnnotationKind.Quote => ("mark", "quote"),
            AnnotationKind.Person => (annotation.Href is null ? "span" : "a", "mention mention-person"),
            AnnotationKind.Organization => (annotation.Href is null ? "span" : "a", "mention mention-organization"),
            _ => (annotation.Href is null ? "span" : "a", "mention mention-place"),
        };
        builder.OpenElement(20, element);
        builder.AddAttribute(21, "class", cssClass);
        if (annotation.AnchorId is { } id && anchorsGiven.Add(id))
        {
            builder.AddAttribute(22, "id", id);
        }
        if (element == "a")
        {
            builder.AddAttribute(23, "href", annotation.Href);
        }
        if (annotation.Kind == AnnotationKind.Quote && annotation.Label is { } speaker)
        {
            builder.AddAttribute(24, "data-speaker", speaker);
        }
        RenderRange(builder, start, end, layer + 1, layers, anchorsGiven);
        builder.CloseElement();

        // The speaker note follows the last piece of the quote.
        if (annotation.Kind == AnnotationKind.Quote && annotation.Label is { } label && end == annotation.Span.End)
        {
            builder.OpenElement(30, annotation.LabelHref is null ? "span" : "a");
            builder.AddAttribute(31, "class", "quote-speaker");
            if (annotation.LabelHref is { } href) builder.AddAttribute(32, "href", href);
            builder.AddContent(33, label);
            builder.CloseElement();
        }
    }

    private static IEnumerable<TextSpan> SplitParagraphs(string body)
    {
        var start = 0;
        while (start < body.Length)
        {
            var next = body.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = next < 0 ? body.Length : next;
            if (end > start) yield return new TextSpan(start, end);
            start = next < 0 ? body.Length : next + 2;
        }
    }
}
