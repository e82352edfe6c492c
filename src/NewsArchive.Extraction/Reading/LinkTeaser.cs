using AngleSharp.Dom;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// A text block that is mostly the text of links points to other pages rather than telling the story: inline teasers
/// ("Read more: &lt;a&gt;Bypass plan back on the table&lt;/a&gt;", "Related: …", "More: …"), lists of related stories
/// and topic tags. A story paragraph links a few of its words, never most of them. (Readability weighs blocks by
/// the same link density.)
/// </summary>
internal static class LinkTeaser
{
    public static bool IsTeaser(IElement block, string text)
    {
        var links = 0;
        foreach (var link in block.GetElementsByTagName("a")) links += LetterCount(link.TextContent);
        return IsMostlyLinks(links, text);
    }

    /// <summary>True when the letters and digits inside links are more than half of the block's.</summary>
    public static bool IsMostlyLinks(int linkLetters, string text) => linkLetters > 0 && linkLetters * 2 > LetterCount(text);

    public static int LetterCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) count++;
        return count;
    }
}
