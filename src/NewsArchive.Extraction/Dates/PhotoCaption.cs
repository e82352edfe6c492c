using System.Buffers;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Neighbors cleared debris on Maple Ridge Drive on Tuesday morning. (Jane Roe/Star Tribune)", "A nurse prepared a dose
/// at a clinic on Wednesday. JANE ROE/GLOBE STAFF", "… on Friday evening. Photo: Jane Roe": a paragraph that ends with a
/// photographer's credit is a picture's caption. The day it gives is when the picture was taken, a scene rather than a
/// happening the story tells (a month or a year in a caption, "after Hurricane Milton in October 2024", still dates one).
/// </summary>
internal static class PhotoCaption
{
    private const int CreditReach = 90; // characters at the end of the paragraph that may hold the credit

    private static readonly string[] CreditLabels =
        ["Photo:", "Photograph:", "Picture:", "Pic:", "Image:", "Image source:", "Credit:", "Photo by", "Courtesy of"];

    // Nearly no paragraph holds a label: one search for any of them, before the search for each.
    private static readonly SearchValues<string> AnyCreditLabel = SearchValues.Create(CreditLabels, StringComparison.OrdinalIgnoreCase);

    public static bool Is(string body, TextSpan paragraph)
    {
        var text = body.AsSpan(paragraph.Start, paragraph.End - paragraph.Start).TrimEnd();
        if (text.Length == 0) return false;
        var tail = text[Math.Max(0, text.Length - CreditReach)..];
        if (tail.ContainsAny(AnyCreditLabel))
            foreach (var label in CreditLabels)
                if (tail.Contains(label, StringComparison.OrdinalIgnoreCase) && StartsCredit(tail, label)) return true;
        // "(Jane Roe/Star Tribune)", "(Courtesy of the museum)": a closing bracket whose content names a photographer and outlet.
        if (text[^1] == ')' || text[^1] == '*' && text.Length > 1 && text[^2] == ')')
        {
            var close = text.LastIndexOf(')');
            var open = text[..close].LastIndexOf('(');
            if (open >= 0 && close - open < CreditReach && open + 1 < close && char.IsUpper(text[open + 1]))
            {
                var inside = text[(open + 1)..close];
                return inside.Contains('/') && !inside.ContainsAny("0123456789") || inside.Contains("Photo", StringComparison.Ordinal);
            }
            return false;
        }
        // "JESSICA RINALDI/GLOBE STAFF", "DIRK SHADD | Times": a capitalised name joined to an outlet by "/" or "|" after
        // the caption's last full stop.
        var stop = text.LastIndexOf(". ");
        if (stop < 0 || text.Length - stop > CreditReach) return false;
        var credit = text[(stop + 2)..];
        return credit.Length > 3 && char.IsUpper(credit[0]) && (credit.Contains('/') || credit.Contains(" | ", StringComparison.Ordinal))
            && !credit.ContainsAny("0123456789") && IsUpperWords(credit);
    }

    // "Photo: Jane Roe" — the label opens a capitalised name.
    private static bool StartsCredit(ReadOnlySpan<char> tail, string label)
    {
        var at = tail.IndexOf(label, StringComparison.OrdinalIgnoreCase) + label.Length;
        while (at < tail.Length && tail[at] == ' ') at++;
        return at < tail.Length && char.IsUpper(tail[at]);
    }

    // Every word of the credit starts with a capital (names, outlets, "STAFF").
    private static bool IsUpperWords(ReadOnlySpan<char> credit)
    {
        var start = true;
        foreach (var c in credit)
        {
            if (start && char.IsLetter(c) && !char.IsUpper(c)) return false;
            start = c is ' ' or '/' or '|' or '-';
        }
        return true;
    }
}
