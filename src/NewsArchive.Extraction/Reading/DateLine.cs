using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Reading;

/// <summary>What a date line says: the day, and whether it is an update stamp rather than the first publication.</summary>
/// <param name="Date">The day the line gives (its first full date).</param>
/// <param name="IsUpdate">The line says "Updated …" (or "modified") and not "Published …".</param>
internal readonly record struct DateLineReading(PartialDate Date, bool IsUpdate);

/// <summary>
/// A line that is nothing but a date stamp, as pages print one under the title: "April 12, 2019",
/// "Tuesday, April 12, 2019", "Published: 2019-04-12", "Updated 11:42 PM EST, December 9, 2025",
/// "Updated April 9, 2026 at 6:05 AM ET", "03/14/2026 06:12 PM EDT", "Last updated on 3 March 2026".
/// Every word must be a month, a weekday, a clock or time-zone word or a stamp word (dates-line-words), so a
/// sentence of prose never reads as one. Scraped pages often print the date twice with nothing between
/// ("3 March 20263 March 2026"); the first copy is read.
/// </summary>
internal static class DateLine
{
    private const int MinLength = 6;
    private const int MaxLength = 90;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LineWords =
        WordList.Set("dates-line-words", StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The line's date, or null when the line is not just a date stamp.</summary>
    public static PartialDate? Parse(string line) => Read(line)?.Date;

    /// <summary>The line's date and kind, or null when the line is not just a date stamp.</summary>
    public static DateLineReading? Read(string line)
    {
        var text = line.Trim().Trim('*', '_', '(', ')', '[', ']');
        if (text.Length is < MinLength or > MaxLength) return null;
        var tokens = Tokenize(text);
        if (tokens is null) return null;
        var update = false;
        var publish = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (DateAt(tokens, i) is { } day)
            {
                // Only an update word before the date makes it an update's day: in "March 24, 2026 4:12 PM EDT Updated
                // 2 hours ago" the date is the first publication's.
                if (!publish)
                    for (var j = i + 1; j < tokens.Count; j++)
                        publish |= tokens[j].Kind == PartKind.Word && IsPublishWord(tokens[j].Text);
                return new DateLineReading(PartialDate.OfDay(day), update && !publish);
            }
            if (t.Kind != PartKind.Word) continue;
            if (t.Text.Equals("updated", StringComparison.OrdinalIgnoreCase) || t.Text.Equals("update", StringComparison.OrdinalIgnoreCase)
                || t.Text.Equals("modified", StringComparison.OrdinalIgnoreCase)) update = true;
            if (IsPublishWord(t.Text)) publish = true;
        }
        return null;
    }

    /// <summary>
    /// A stamp that gives a time but no day: "Updated 3:45 p.m.", "Published 11:02 AM EDT", "Posted 2 hours ago". It
    /// tells no date, but it is page furniture all the same.
    /// </summary>
    public static bool IsStampWithoutDay(string line)
    {
        var text = line.Trim().Trim('*', '_', '(', ')', '[', ']');
        if (text.Length is < MinLength or > MaxLength || Tokenize(text) is not { } tokens) return false;
        var stampWord = false;
        var time = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (DateAt(tokens, i) is not null) return false; // a stamp with its day is read, not merely left out
            if (t.Kind == PartKind.Word)
            {
                stampWord |= IsPublishWord(t.Text) || t.Text.Equals("updated", StringComparison.OrdinalIgnoreCase)
                    || t.Text.Equals("modified", StringComparison.OrdinalIgnoreCase);
                time |= t.Text.Equals("ago", StringComparison.OrdinalIgnoreCase);
            }
            else if (t.Kind == PartKind.Number && i + 2 < tokens.Count && tokens[i + 1].Text == ":" && tokens[i + 2].Kind == PartKind.Number) time = true;
        }
        return stampWord && time;
    }

    private static bool IsPublishWord(string word) =>
        word.Equals("published", StringComparison.OrdinalIgnoreCase) || word.Equals("posted", StringComparison.OrdinalIgnoreCase)
        || word.Equals("originally", StringComparison.OrdinalIgnoreCase);

    private static readonly char[] SegmentSeparators = ['|', '·', '•'];
    private const int MaxOtherSegmentWords = 8;

    /// <summary>
    /// A stamp sharing its line with a short byline or source, split off by '|', '·' or '•' ("By Jane Roe | Updated
    /// March 14, 2026") or followed by one ("Posted on March 3, 2026 by Jane Doe"): the stamp, with
    /// <paramref name="rest"/> the line without it; null when no segment is a stamp.
    /// </summary>
    public static DateLineReading? ReadSegment(string line, out string rest)
    {
        rest = line;
        if (line.IndexOfAny(SegmentSeparators) < 0) return ReadBeforeByline(line, ref rest);
        var segments = line.Split(SegmentSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        DateLineReading? found = null;
        var others = new List<string>();
        foreach (var segment in segments)
        {
            if (found is null && Read(segment) is { } reading) found = reading;
            else if (segment.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxOtherSegmentWords) return null;
            else others.Add(segment);
        }
        if (found is null) return null;
        rest = string.Join(" | ", others);
        return found;
    }

    // "Posted on March 3, 2026 by Jane Doe", as blogs and small sites print it: the stamp, with the byline left over.
    private static DateLineReading? ReadBeforeByline(string line, ref string rest)
    {
        var by = line.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (by < 0) return null;
        var name = line[(by + 4)..].Trim();
        if (name.Length == 0 || !char.IsUpper(name[0]) || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxOtherSegmentWords)
            return null;
        if (Read(line[..by]) is not { } reading) return null;
        rest = "By " + name;
        return reading;
    }

    private enum PartKind
    {
        Word,
        Month,
        Weekday,
        Number,
        Symbol,
    }

    private readonly record struct Part(PartKind Kind, string Text, int Value);

    // Null when the line holds a word that no date stamp has.
    private static List<Part>? Tokenize(string text)
    {
        var parts = new List<Part>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is ',' or '.')
            {
                if (c is ',' or '.') parts.Add(new Part(PartKind.Symbol, c.ToString(), 0));
                i++;
                continue;
            }
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                var digits = text[start..i];
                // "202612 April": a year run together with the next copy's day.
                if (digits.Length is 5 or 6 && (digits[..2] is "19" or "20"))
                {
                    parts.Add(new Part(PartKind.Number, digits[..4], int.Parse(digits[..4], System.Globalization.CultureInfo.InvariantCulture)));
                    parts.Add(new Part(PartKind.Number, digits[4..], int.Parse(digits[4..], System.Globalization.CultureInfo.InvariantCulture)));
                    continue;
                }
                if (digits.Length > 4) return null;
                parts.Add(new Part(PartKind.Number, digits, int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)));
                // "Tuesday 3rd March 2026": an ordinal's ending belongs to its number.
                if (digits.Length <= 2 && i + 1 < text.Length && IsOrdinalEnding(text.AsSpan(i, 2)) && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
                    i += 2;
                continue;
            }
            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i])) i++;
                var word = text[start..i];
                // "2026-03-14T18:30:00Z": the ISO time mark.
                if (word is "T" && start > 0 && char.IsAsciiDigit(text[start - 1]) && i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    parts.Add(new Part(PartKind.Symbol, "T", 0));
                    continue;
                }
                // "MARCH 3, 2026" and "march 3, 2026" are stamps too: the month lists are written "March".
                var titled = char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
                if (DateWords.Months.TryGetValue(titled, out var month) || DateWords.MonthAbbreviations.TryGetValue(titled, out month))
                    parts.Add(new Part(PartKind.Month, word, month));
                else if (DateWords.Weekdays.TryGetValue(titled, out var weekday) || DateWords.WeekdayAbbreviations.TryGetValue(titled, out weekday))
                    parts.Add(new Part(PartKind.Weekday, word, weekday));
                else if (LineWords.Contains(word)) parts.Add(new Part(PartKind.Word, word, 0));
                else return null;
                continue;
            }
            // Separators a stamp uses: "|", "·", ":", "/", "-", "—".
            if (c is '|' or '·' or '•' or ':' or '/' or '-' or '–' or '—' or '+' or '@' or '\'' or '’') parts.Add(new Part(PartKind.Symbol, c.ToString(), 0));
            else return null;
            i++;
        }
        return parts;
    }

    private static bool IsOrdinalEnding(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    // A full date starting at part i: "December 9, 2025", "9 December 2025", "2025-12-09", "12/09/2025", "09.12.2025".
    private static DateOnly? DateAt(List<Part> p, int i)
    {
        if (p[i].Kind == PartKind.Month)
        {
            var k = SkipDot(p, i + 1);
            if (IsNumber(p, k, 1, 31) && IsYear(p, SkipComma(p, k + 1)) is { } year) return Make(year, p[i].Value, p[k].Value);
            return null;
        }
        if (p[i].Kind != PartKind.Number) return null;
        if (IsNumber(p, i, 1, 31) && i + 1 < p.Count && p[i + 1].Kind == PartKind.Month)
        {
            var k = SkipComma(p, SkipDot(p, i + 2));
            return IsYear(p, k) is { } year ? Make(year, p[i + 1].Value, p[i].Value) : null;
        }
        // Numeric forms: the separator must repeat ("2025-12-09", "12/09/2025").
        if (i + 4 >= p.Count || p[i + 1].Kind != PartKind.Symbol || p[i + 3].Kind != PartKind.Symbol
            || p[i + 1].Text != p[i + 3].Text || p[i + 2].Kind != PartKind.Number || p[i + 4].Kind != PartKind.Number) return null;
        var sep = p[i + 1].Text;
        if (sep is not ("-" or "/" or ".")) return null;
        int a = p[i].Value, b = p[i + 2].Value, c = p[i + 4].Value;
        if (p[i].Text.Length == 4) return Make(a, b, c);
        if (p[i + 4].Text.Length != 4) return null;
        // US pages write month first; a first number over 12 can only be a day (UK "14/03/2026").
        return a > 12 ? Make(c, b, a) : Make(c, a, b);
    }

    private static int SkipDot(List<Part> p, int k) => k < p.Count && p[k].Kind == PartKind.Symbol && p[k].Text == "." ? k + 1 : k;

    private static int SkipComma(List<Part> p, int k) => k < p.Count && p[k].Kind == PartKind.Symbol && p[k].Text == "," ? k + 1 : k;

    private static bool IsNumber(List<Part> p, int k, int min, int max) =>
        k < p.Count && p[k].Kind == PartKind.Number && p[k].Text.Length <= 2 && p[k].Value >= min && p[k].Value <= max;

    private static int? IsYear(List<Part> p, int k) =>
        k < p.Count && p[k].Kind == PartKind.Number && p[k].Text.Length == 4 && p[k].Value is >= 1800 and <= 2999 ? p[k].Value : null;

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1800 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;
}
