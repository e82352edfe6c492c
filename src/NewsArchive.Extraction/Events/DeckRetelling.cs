using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Events;

/// <summary>
/// "EF-2 tornado tears through Faribault … Gov. Jane Roe toured the damage Tuesday afternoon." then "By Ann Lee, Star
/// Tribune" and the story, which tells Tuesday again: the headline and deck above the byline sum up the story, so a
/// date they give that the story gives too is the story's happening told again, not another.
/// </summary>
internal static class DeckRetelling
{
    private const int MaxDeckParagraphs = 8; // headline, deck lines, bullets and labels a page may put above the byline
    private const int MaxBylineLength = 120;

    /// <summary>The events without the deck's retellings; the list itself when there is no byline under a deck.</summary>
    public static List<ExtractedEvent> Without(ArticleDocument document, List<ExtractedEvent> events)
    {
        var storyStart = BylineStart(document);
        if (storyStart < 0) return events;
        var told = new HashSet<Dates.PartialDate>();
        foreach (var e in events)
            if (e.Span.Start >= storyStart) told.Add(e.Date);
        var kept = events.Where(e => e.Span.End > storyStart || !told.Contains(e.Date)).ToList();
        return kept.Count == events.Count ? events : kept;
    }

    // Where a "By Jane Doe" paragraph below at least one other paragraph starts, else -1.
    private static int BylineStart(ArticleDocument document)
    {
        var body = document.Body;
        for (var i = 1; i < document.Paragraphs.Count && i < MaxDeckParagraphs; i++)
        {
            var p = document.Paragraphs[i];
            var length = p.End - p.Start;
            if (length > 4 && length < MaxBylineLength && body.AsSpan(p.Start).StartsWith("By ", StringComparison.Ordinal)
                && char.IsUpper(body[p.Start + 3]))
                return p.Start;
        }
        return -1;
    }
}
