using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Events;

/// <summary>
/// "Valadares is expected to travel to Tyneside for a medical on Wednesday" in the standfirst and "… to fly to Tyneside
/// for a medical on Wednesday" in the body: a coming happening told twice on one day, in sentences that share its
/// words, is one happening when the first telling is in the lead (standfirst, first sentences): the body then retells
/// it. Past happenings on a day are often distinct, so a past one merges only when the retelling shares more of its
/// words, and its verb and object rather than only names.
/// </summary>
internal static class LeadRetelling
{
    private const int MinWordLength = 5;
    private const int SharedWords = 2;
    // A past happening of the story's day retold: more words in common, and at least its verb and object ("canceled
    // about 2,300 flights on Wednesday" twice), not only the names of who said what that day.
    private const int PastSharedWords = 3;
    private const int PastSharedLowerWords = 2;

    private static readonly FrozenSet<string> Common = WordList.Set("dates-retelling-common-words", StringComparer.OrdinalIgnoreCase);

    /// <summary>The events without later retellings of a coming happening; the list itself when there are none.</summary>
    /// <param name="body">The article body.</param>
    /// <param name="events">The events in body order.</param>
    /// <param name="reference">The publication day.</param>
    /// <param name="leadEnd">Where the lead (the first sentences) ends in the body.</param>
    public static List<ExtractedEvent> Without(string body, List<ExtractedEvent> events, DateOnly? reference, int leadEnd)
    {
        if (reference is not { } today) return events;
        HashSet<int>? drop = null;
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Span.End > leadEnd) break;
            if (drop?.Contains(i) == true) continue;
            var coming = events[i].Date.Start > today;
            HashSet<string>? words = null;
            // "Ellerby will be sentenced next month" in the standfirst and "… when he returns to court on Friday, July 3"
            // in the body: a coming month told in the lead is the coming day the body gives within it.
            var looseMonth = events[i].Date.Precision == DatePrecision.Month && events[i].Date.End > today;
            for (var j = i + 1; j < events.Count; j++)
            {
                if (events[j].Span == events[i].Span) continue;
                if (looseMonth && events[j].Date.Precision == DatePrecision.Day && events[j].Date.Start > today
                    && events[j].Date.Start >= events[i].Date.Start && events[j].Date.End <= events[i].Date.End)
                {
                    words ??= ContentWords(body, events[i].Span);
                    var sharedWithDay = 0;
                    foreach (var w in ContentWords(body, events[j].Span))
                        if (words.Contains(w)) sharedWithDay++;
                    if (sharedWithDay >= SharedWords)
                    {
                        (drop ??= []).Add(i);
                        break;
                    }
                    continue;
                }
                if (events[j].Date != events[i].Date) continue;
                words ??= ContentWords(body, events[i].Span);
                var shared = 0;
                var sharedLower = 0;
                foreach (var w in ContentWords(body, events[j].Span))
                {
                    if (!words.Contains(w)) continue;
                    shared++;
                    if (char.IsLower(w[0])) sharedLower++;
                }
                if (coming ? shared >= SharedWords : shared >= PastSharedWords && sharedLower >= PastSharedLowerWords) (drop ??= []).Add(j);
            }
        }
        return drop is null ? events : events.Where((_, k) => !drop.Contains(k)).ToList();
    }

    private static HashSet<string> ContentWords(string body, TextSpan span)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = -1;
        for (var k = span.Start; k <= span.End; k++)
        {
            var letter = k < span.End && char.IsLetter(body[k]);
            if (letter && start < 0) start = k;
            else if (!letter && start >= 0)
            {
                if (k - start >= MinWordLength)
                {
                    var word = body[start..k];
                    if (!Common.Contains(word) && !Dates.DateWords.Weekdays.ContainsKey(word) && !Dates.DateWords.Months.ContainsKey(word)) words.Add(word);
                }
                start = -1;
            }
        }
        return words;
    }
}
