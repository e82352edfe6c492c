using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// The headline inside a page's &lt;title&gt;, which most sites follow with their name: "Fire destroys barn | The Pell
/// County Sentinel", "Plans refused - Ashcombe Live". Used only when no headline metadata or &lt;h1&gt; gives it.
/// </summary>
internal static class PageTitle
{
    private const int MaxSiteNameWords = 6;
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · "];

    public static string WithoutSiteName(string title, string? siteName)
    {
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            var tail = title[(at + separator.Length)..].Trim();
            var isSite = siteName is not null ? string.Equals(tail, siteName, StringComparison.OrdinalIgnoreCase) : LooksLikeName(tail);
            // A site's name is capitalized and shorter than the headline: "Storm live - updates" is one headline.
            if (isSite && at > tail.Length) return title[..at].Trim();
        }
        return title;
    }

    private static readonly FrozenSet<string> Joiners = WordList.Set("reading-site-name-joiners", StringComparer.OrdinalIgnoreCase);

    // "Ashcombe Live", "The Voice of Ashcombe": short, capitalised, every other word a joiner; "Here's Why" (an
    // apostrophe) and "Storm warning issued" (lower-case words) are headline.
    private static bool LooksLikeName(string tail)
    {
        if (tail.Length == 0 || !(char.IsUpper(tail[0]) || char.IsDigit(tail[0])) || tail.AsSpan().IndexOfAny("'’?!") >= 0) return false;
        var words = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxSiteNameWords && words.All(w => !char.IsLower(w[0]) || Joiners.Contains(w));
    }
}
