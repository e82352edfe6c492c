using System.Text.RegularExpressions;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// Reads a plain-text article: the first non-empty line is the title; a photo credit and a byline may
/// follow it; every further line is a paragraph (blank lines and single newlines both separate them).
/// </summary>
internal static class PlainTextReader
{
    private const int MaxHeaderLineLength = 120;
    private const int MaxDateLineSearch = 8; // non-empty lines after the title where a date stamp may stand
    private const int MaxBylineParagraph = 3; // a byline stands among the first lines, under a standfirst at most
    // NonBacktracking already bounds these to linear time; a wall-clock timeout would only fail a file on a busy machine.
    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;

    // "Photo: …", "Credit: …", "Image by …", "Photograph: …", "Illustration: …"
    private static readonly Regex CreditLead = new(
        @"^\(?(photo|photos|photograph|photography|picture|image|images|credit|illustration|video|graphic)s?( by| courtesy( of)?)?\s*[:\-–—|]",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Timeout);

    // "NAME at Flickr", "… / Getty Images", "AP Photo/…", "… via Wikimedia Commons", "(CC BY 2.0)"
    private static readonly Regex CreditSource = new(
        @"(\b(at|via|on|from) (flickr|wikimedia( commons)?|unsplash|pexels|pixabay|shutterstock|instagram)\b)|(\b(getty images|shutterstock|alamy|ap photo|afp photo|reuters/|epa-efe|pa wire|pa images|corbis)\b)|(\bcc[- ]by\b)|(^(photo )?courtesy (of )?)|(/ ?(ap|afp|reuters|getty|epa|pa)\b)",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Timeout);

    // "By Jane Doe", "By JANE DOE and John Roe, Staff Writer"
    private static readonly Regex Byline = new(
        @"^(By|BY)\s+\p{Lu}[\p{L}'’.\-]*(\s+((and|de|van|von|da|del|der|la|le|bin|al)\s+)?\p{Lu}[\p{L}'’.\-]*){0,5}(,\s*\p{Lu}[\p{L}'’.\- ]*)?$",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Timeout);

    public static ArticleDocument Read(string text, string fileName)
    {
        var lines = text.Split('\n');
        var index = 0;
        var title = NextNonEmpty(lines, ref index)
            ?? throw new ArticleFormatException($"'{fileName}' is empty.");
        // A browser copy starts with the page's furniture ("Skip to main content", "Advertisement"): the headline follows.
        // Not a credit line: "Photos: Ashcombe carnival draws thousands" is a headline.
        while (FurnitureParagraph.IsFurnitureAboveHeadline(title) && NextNonEmpty(lines, ref index) is { } next) title = next;
        // A page saved with its date stamp above the headline: the stamp is the date, the next line the title.
        var stampAboveTitle = DateLine.Read(title);
        if (stampAboveTitle is not null && NextNonEmpty(lines, ref index) is { } below) title = below;
        else stampAboveTitle = null;

        string? credit = null;
        string? author = null;
        var published = TakeDateLines(lines, index) is { } stamped && (stampAboveTitle is null || stampAboveTitle.Value.IsUpdate && !stamped.IsUpdate)
            ? stamped.Date
            : stampAboveTitle?.Date;
        // Up to three short lines under the title may be a credit, a byline and a date line, in any order.
        for (var header = 0; header < 3; header++)
        {
            var probe = index;
            var line = NextNonEmpty(lines, ref probe);
            if (line is null || line.Length > MaxHeaderLineLength) break;
            if (credit is null && IsCredit(line)) credit = line;
            else if (author is null && Byline.IsMatch(line)) author = line[2..].Trim();
            else break;
            index = probe;
        }

        var builder = new BodyBuilder();
        string? pending = null;
        for (; index < lines.Length; index++)
        {
            var line = Collapse(lines[index]);
            if (line.Length == 0)
            {
                Flush(builder, ref pending);
                continue;
            }
            // A byline below a standfirst ("By Jane Roe" after the deck line): the author, not a paragraph.
            if (author is null && builder.Paragraphs.Count < MaxBylineParagraph && line.Length <= MaxHeaderLineLength && Byline.IsMatch(line))
            {
                Flush(builder, ref pending);
                author = line[2..].Trim();
                continue;
            }
            if (pending is not null && IsWrappedContinuation(pending, line)) pending += " " + line;
            else
            {
                Flush(builder, ref pending);
                pending = line;
            }
        }
        Flush(builder, ref pending);

        if (builder.Paragraphs.Count == 0)
            throw new ArticleFormatException($"'{fileName}' has a title but no article text.");
        return new ArticleDocument(title, credit, published, null, author, null, builder.Body, builder.Paragraphs)
        {
            CopyrightYear = CopyrightNotice.FindYear(text),
        };
    }

    // Date stamps sit among the first lines (after the title, a standfirst or a byline, sometimes two of them:
    // "03/14/2026 06:12 PM EDT" then "Updated: …"). They are page furniture, so they leave the text; the first
    // publication stamp is the date, else the first update stamp.
    // A byline and a stamp may share a line ("By Jane Roe | Updated March 14, 2026"): the stamp leaves, the byline stays.
    private static DateLineReading? TakeDateLines(string[] lines, int index)
    {
        DateLineReading? published = null;
        DateLineReading? updated = null;
        for (var seen = 0; index < lines.Length && seen < MaxDateLineSearch; index++)
        {
            if (lines[index].Length == 0 || string.IsNullOrWhiteSpace(lines[index])) continue;
            seen++;
            if (lines[index].Length > MaxHeaderLineLength) continue;
            string rest;
            if (DateLine.Read(lines[index]) is { } whole)
            {
                rest = "";
                if (whole.IsUpdate) updated ??= whole;
                else published ??= whole;
            }
            else if (DateLine.ReadSegment(lines[index], out rest) is { } part)
            {
                if (part.IsUpdate) updated ??= part;
                else published ??= part;
            }
            else continue;
            lines[index] = rest;
        }
        return published ?? updated;
    }

    /// <summary>True for a short line that opens as a credit ("Photo: …", "Image courtesy of …"), wherever it stands.</summary>
    public static bool IsCreditLine(string line) => line.Length <= MaxHeaderLineLength && CreditLead.IsMatch(line);

    /// <summary>True for a short line that credits a photo or image rather than telling the story.</summary>
    public static bool IsCredit(string line) =>
        line.Length <= MaxHeaderLineLength && (CreditLead.IsMatch(line) || CreditSource.IsMatch(line));

    // A hard-wrapped line: the previous one stops mid-sentence and this one carries on in lower case.
    private static bool IsWrappedContinuation(string previous, string line)
    {
        var last = previous[^1];
        if (last is '.' or '!' or '?' or ':' or '"' or '”' or '’' or '\'' or ')') return false;
        return char.IsLower(line[0]);
    }

    private static void Flush(BodyBuilder builder, ref string? pending)
    {
        if (pending is not null && !FurnitureParagraph.IsFurniture(pending) && !WriterContact.IsContact(pending)) builder.AddParagraph(pending);
        pending = null;
    }

    private static string? NextNonEmpty(string[] lines, ref int index)
    {
        while (index < lines.Length)
        {
            var line = Collapse(lines[index++]);
            if (line.Length > 0) return line;
        }
        return null;
    }

    /// <summary>Trims and folds runs of spaces into one.</summary>
    internal static string Collapse(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IndexOf("  ") < 0) return trimmed.Length == line.Length ? line : trimmed.ToString();
        var sb = new System.Text.StringBuilder(trimmed.Length);
        var space = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space) sb.Append(' ');
                space = true;
            }
            else
            {
                sb.Append(c);
                space = false;
            }
        }
        return sb.ToString();
    }
}
