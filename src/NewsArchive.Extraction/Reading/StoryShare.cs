using AngleSharp.Dom;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// Whether a box holds most of the page's paragraph text. A class names the layout around the story as often as a
/// box beside it: '&lt;div class="site-content has-sidebar"&gt;' and '&lt;div class="layout-with-ads"&gt;' wrap the whole
/// story, and removing them as furniture would leave no text. A box with more than half the paragraph text is the
/// story's container whatever its class says; furniture inside it (each comment, each ad) is still removed on its own.
/// </summary>
internal sealed class StoryShare(IDocument document)
{
    private int? _pageText;

    public bool Holds(IElement element)
    {
        _pageText ??= ParagraphText(document.Body);
        return _pageText > 0 && ParagraphText(element) * 2 > _pageText;
    }

    private static int ParagraphText(IElement? element)
    {
        if (element is null) return 0;
        var total = 0;
        foreach (var p in element.GetElementsByTagName("p")) total += p.TextContent.Length;
        return total;
    }
}
