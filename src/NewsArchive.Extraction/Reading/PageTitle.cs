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
            var isSite = siteName is not null ? string.Equals(tail, siteName, StringComparison.OrdinalIgnoreCase)
                : tail.Length > 0 && (char.IsUpper(tail[0]) || char.IsDigit(tail[0])) && tail.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSiteNameWords;
            // A site's name is capitalized and shorter than the headline: "Storm live - updates" is one headline.
            if (isSite && at > tail.Length) return title[..at].Trim();
        }
        return title;
    }
}
