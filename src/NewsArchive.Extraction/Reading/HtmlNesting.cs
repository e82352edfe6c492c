namespace NewsArchive.Extraction.Reading;

/// <summary>
/// Estimates how deep an HTML text nests its elements, without parsing it. The HTML parser's cost grows
/// with depth for every element, so pathological nesting is refused before parsing rather than left to hang.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Real pages nest a few dozen levels, rarely a few hundred.</summary>
    public const int MaxDepth = 1500;

    // Elements that never hold children or close themselves implicitly do not deepen the tree.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "colgroup",
        "!doctype",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FlatLookup = Flat.GetAlternateLookup<ReadOnlySpan<char>>();

    public static int EstimateDepth(string html)
    {
        int depth = 0, max = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0) break;
                i = close + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '!' or '-')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]) && html[nameStart] != '!')
            {
                i++;
                continue;
            }
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var selfClosing = html[tagEnd - 1] == '/';
            if (!FlatLookup.Contains(name) && !selfClosing)
            {
                if (closing) depth = Math.Max(0, depth - 1);
                else max = Math.Max(max, ++depth);
            }
            i = tagEnd + 1;
        }
        return max;
    }
}
