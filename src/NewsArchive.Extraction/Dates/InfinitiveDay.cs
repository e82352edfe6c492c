using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The board voted to push the last day of school back to June 11", "pointed to the chancellor's commitment to
/// publish a fiscal plan on 23 November", "has asked the commission to present a report on Nov. 1": a day whose
/// nearest verb is an infinitive belongs to that infinitive, which has no tense of its own; the past verb that
/// governs it (a vote, a request, a promise) tells only that the day was set, not that it is over. A careful reader
/// takes the nearest such day, whichever side of the story it falls ("travelled to Leeds to meet him on 3 March"
/// in a story of 10 March is still the 3rd).
/// </summary>
internal static class InfinitiveDay
{
    private const int MaxGap = 20; // "to present a report on the storm response to the Board of Supervisors' land use committee on"

    // Words after "to" that open a noun phrase, so that "to" is a preposition ("to the board", "to its members").
    private static readonly HashSet<string> NounOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "some",
        "all", "any", "each", "every", "no", "more", "about", "around", "date", "them", "him", "us", "me", "you", "it",
        "what", "which", "whom", "where", "when", "how", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "date", "day", "noon", "midnight",
    };

    /// <summary>Whether a month-and-day with no year follows, in its clause, an infinitive that is its nearest verb.</summary>
    public static bool Is(DateScan scan, DateMention mention)
    {
        if (mention.Expression is not { Form: DateForm.Calendar, Month: > 0, Day: > 0, Year: 0, YearRelative: false, Shift: DateShift.None })
            return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        var low = Math.Max(first, mention.FirstToken - MaxGap);
        for (var i = mention.FirstToken - 2; i >= low; i--)
        {
            if (DateContext.IsClauseBreak(scan, i) || scan.IsSymbol(i, ',')) return false;
            if (scan.IsWord(i, "to") && IsVerbAfterTo(scan, i + 1, mention.FirstToken)) return true;
            // A finite verb nearer the date governs it ("sent letters to residents who voted on March 3").
            if (ClauseTense.IsFutureMarker(scan, i, mention.FirstToken)) return false;
            // ("voted to put a question on the ballot on May 3": a past form right after "to" is the infinitive itself.)
            if (ClauseTense.IsPastVerb(scan, i) && !(i > first && (scan.IsWord(i - 1, "be") || scan.IsWord(i - 1, "been") || scan.IsWord(i - 1, "to")))) return false;
        }
        return false;
    }

    // "to publish", "to go out", "to be held": a lower-case word that opens no noun phrase, nor a compound. A plural noun ("to residents")
    // ends in a single "s", which a verb's plain form seldom does ("to discuss", "to focus" still count).
    private static bool IsVerbAfterTo(DateScan scan, int i, int date)
    {
        if (i >= date || scan.Tokens[i].Kind != TokenKind.Word || !char.IsLower(scan.Body[scan.Tokens[i].Start])) return false;
        var word = scan.Text(i);
        if (NounOpeners.Contains(word.ToString())) return false;
        // "reopened to deep-draft ships": the first part of a compound is no verb.
        if (i + 1 < date && scan.IsSymbol(i + 1, '-')) return false;
        return !(word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u');
    }
}
