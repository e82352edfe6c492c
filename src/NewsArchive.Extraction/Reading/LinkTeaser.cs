using AngleSharp.Dom;
using NewsArchive.Extraction.Lexicon;

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
        return IsMostlyLinks(links, text) && !TellsStory(TextOutsideLinks(block));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SayingVerbs =
        WordList.Set("reading-saying-verbs", StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> Quotes = System.Buffers.SearchValues.Create("\"“”");

    // Auto-linked names ("<a>Jane Roe</a>, <a>Ashcombe council</a> leader, said: \"No.\"") are mostly links, yet a
    // quotation or a verb of saying between the links is story; a teaser's own text is a label ("Read more:").
    private static bool TellsStory(string outside)
    {
        if (outside.AsSpan().IndexOfAny(Quotes) >= 0) return true;
        foreach (var range in outside.AsSpan().SplitAny(" ,.;:!?()\u00A0"))
            if (outside.AsSpan(range) is { Length: > 0 } word && SayingVerbs.Contains(word)) return true;
        return false;
    }

    private static string TextOutsideLinks(IElement block)
    {
        var outside = new System.Text.StringBuilder();
        foreach (var node in block.GetNodes<IText>())
        {
            var inLink = false;
            for (var parent = node.ParentElement; parent is not null && parent != block; parent = parent.ParentElement)
                if (parent.LocalName == "a") { inLink = true; break; }
            if (!inLink) outside.Append(node.Data).Append(' ');
        }
        return outside.ToString();
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
