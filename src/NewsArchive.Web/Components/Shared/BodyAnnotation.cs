using NewsArchive.Extraction;

namespace NewsArchive.Web.Components.Shared;

/// <summary>What a marked stretch of an article body is.</summary>
public enum AnnotationKind
{
    Event,
    Quote,
    Person,
    Organization,
    Place,
}

/// <summary>
/// A stretch of the body to mark up, by character offsets into the plain text.
/// </summary>
/// <param name="AnchorId">Element id for links such as #quote-3; only the first piece of a split stretch gets it.</param>
/// <param name="Href">Where the stretch links (an entity page), if anywhere.</param>
/// <param name="Label">A short note shown after the stretch (a quote's speaker).</param>
/// <param name="LabelHref">Where the note links.</param>
public sealed record BodyAnnotation(
    TextSpan Span,
    AnnotationKind Kind,
    string? AnchorId = null,
    string? Href = null,
    string? Label = null,
    string? LabelHref = null)
{
    /// <summary>Sentences hold quotes, quotes hold names: outer layers are laid down first.</summary>
    public int Layer => Kind switch
    {
        AnnotationKind.Event => 0,
        AnnotationKind.Quote => 1,
        _ => 2,
    };
}
