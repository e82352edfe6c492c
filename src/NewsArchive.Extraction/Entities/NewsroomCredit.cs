using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// A paragraph that credits the newsroom rather than telling the story: the wire trailer "(Reporting by Jo Roe in
/// Paris; Editing by Al Doe)" (the plain-text reader keeps it in the body) or a reporter's sign-off near the end, "Jo
/// Roe: jroe@courier.com", "Contact Jo Roe at jroe@courier.com or 555-0100." Names in it are the paper's staff, not
/// people the article is about.
/// </summary>
internal static class NewsroomCredit
{
    private const int MaxSignOffLength = 200; // a sign-off is a line, not a paragraph of the story
    private const int SignOffParagraphsFromEnd = 3;

    /// <summary>True when paragraph <paramref name="index"/> of <paramref name="paragraphs"/> is a newsroom credit.</summary>
    public static bool Is(string body, IReadOnlyList<TextSpan> paragraphs, int index)
    {
        var text = body.AsSpan(paragraphs[index].Start, paragraphs[index].Length).Trim();
        // (Only a bracketed line or one about contributing can be a trailer: the rest need no copy of the text.)
        if (text.Length > 0 && (text[0] == '(' || text.Contains("contributed", StringComparison.Ordinal)) && CreditTrailer.IsTrailer(text.ToString())) return true;
        return index >= paragraphs.Count - SignOffParagraphsFromEnd && IsSignOff(text);
    }

    // "Jo Roe: jroe@courier.com": a short line with an e-mail address and no quotation.
    private static bool IsSignOff(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxSignOffLength || text.IndexOfAny('"', '“', '”') >= 0) return false;
        var at = text.IndexOf('@');
        if (at < 1 || !char.IsLetterOrDigit(text[at - 1])) return false;
        var domain = text[(at + 1)..];
        var dot = domain.IndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && char.IsLetter(domain[dot + 1]);
    }
}
