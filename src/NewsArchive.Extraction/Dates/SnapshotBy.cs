using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "had burned 14,300 acres by Friday evening", "By Tuesday afternoon, no new talks had been scheduled", "As of 9 a.m.
/// Saturday, the utility reported …": in a past clause, a day after "by" or "as of" is when the count or state was
/// read, not a happening. A limit still to come ("must be out by noon Tuesday", "will publish a timetable by 8pm on
/// Monday") is a future clause and stays.
/// </summary>
internal static class SnapshotBy
{
    private const int TimeReach = 6; // tokens of a clock time ("9 a.m.", "18:00 GMT on") between "by" and the day

    public static bool Is(DateScan scan, DateMention mention, ClauseReading reading)
    {
        // A weekday or "today" ("By Friday, March 27, the council had voted" writes the day out: a happening's date).
        if (reading.Tense != Tense.Past || mention.Expression.Form == DateForm.Calendar || !mention.Expression.IsDayOrWeek) return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - TimeReach; i--)
        {
            if (scan.IsWord(i, "by")) return true;
            if (scan.IsWord(i, "of")) return i - 1 >= first && scan.IsWord(i - 1, "as");
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Number) continue;
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ':' or '.') continue;
            if (t.Kind == TokenKind.Word && DateWords.TimeOfDayWords.Contains(scan.Text(i))) continue;
            return false;
        }
        return false;
    }
}
