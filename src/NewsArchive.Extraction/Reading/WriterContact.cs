using System.Text.RegularExpressions;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// The writer's note that closes many local stories: "Tom Arkwright covers Pell County for the Sentinel. Reach him at
/// tarkwright@example.com or follow him on X @tomark." It tells who wrote the story and how to reach them, not the
/// story, so the readers leave it out of the body. It needs both an address (an email or an @handle) and words that
/// make it about the writer ("reach her at", "covers", "correspondent"), so a story's "email the council at …" stays.
/// </summary>
internal static class WriterContact
{
    private const int MaxLength = 300;

    // NonBacktracking bounds these to linear time.
    private static readonly Regex Address = new(
        @"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+|(^|\s)@\w{2,}",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    // "Reach him at", "Contact Jane Roe at", "Write to Jane Roe at", "can be reached at", "is our courts reporter", "covers".
    private static readonly Regex AboutTheWriter = new(
        // Not "them": "contact them at appeals@…" is a story's appeal for the police or a council.
        @"\b([Rr]each|[Cc]ontact|[Ee]-?mail|[Ff]ollow|[Ww]rite to) (him|her|me|us|the (reporter|writer|author))\b"
        // A name only after a sentence's opening verb: "Contact Jane Roe at …", not "can contact Merseyside Police via @…".
        + @"|(^|[.?!]\s+)(Reach|Contact|E-?mail|Write to) \p{Lu}[\p{L}'’\-]+ \p{Lu}[\p{L}'’\-]+\b"
        + @"|\b(can|may) be reached\b|\b(is|are) (a|an|the|our) [\w\s\-'’]{0,40}(reporter|correspondent|writer|editor|columnist)\b"
        // "Jo Pike covers city hall", "She covers courts"; not "The scheme covers all homes".
        + @"|(\p{Lu}[\p{L}'’\-]+ \p{Lu}[\p{L}'’\-]+|\b[Hh]e|\b[Ss]he) covers\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly System.Buffers.SearchValues<char> Quotes = System.Buffers.SearchValues.Create("\"“”");

    private const int MaxNameWords = 6; // "Jane Roe: jroe@example.com", "— Jane Roe; jroe@example.com; @janeroe", "By Jane Roe, jroe@…"

    public static bool IsContact(string paragraph)
    {
        if (paragraph.Length > MaxLength || !paragraph.Contains('@') || !Address.IsMatch(paragraph)) return false;
        // A quotation is story: "\"Follow us on Instagram @ashcombelibrary,\" a spokesman said."
        if (paragraph.AsSpan().IndexOfAny(Quotes) >= 0) return false;
        if (AboutTheWriter.IsMatch(paragraph)) return true;
        // Little besides the address: a name, a label ("Email:").
        var rest = Address.Replace(paragraph, " ");
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxNameWords;
    }
}
