using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "had burned 14,300 acres by Friday evening", "By Tuesday afternoon, no new talks had been scheduled", "As of 9 a.m.
/// Saturday, the utility reported …": in a past clause, a day after "by" or "as of" is when the count or state was
/// read, not a happening. After "by", a clause with no figure and no "no" tells what had happened by then ("By Sunday,
/// emergency rooms were turning away ambulances"), a happening of that day. A limit still to come ("must be out by noon Tuesday", "will publish a timetable by 8pm on
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
            // ("By Sunday, emergency rooms were turning away ambulances", "crews had restored power by Monday night": what
            // had happened by the day, with no count or "no" read then, is a happening of that day.)
            if (scan.IsWord(i, "by")) return ReadsACountOrNone(scan, mention, i);
            if (scan.IsWord(i, "of")) return i - 1 >= first && scan.IsWord(i - 1, "as");
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Number) continue;
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ':' or '.') continue;
            if (t.Kind == TokenKind.Word && DateWords.TimeOfDayWords.Contains(scan.Text(i))) continue;
            return false;
        }
        return false;
    }

    // A figure ("had raised £5,000", "had burned 14,300 acres") or a "no"/"not" ("no new talks had been scheduled") in
    // the sentence outside the "by" phrase: the count or state as it stood then.
    private static bool ReadsACountOrNone(DateScan scan, DateMention mention, int by)
    {
        var (first, end) = scan.TokensOf(mention.Sentence);
        for (var i = first; i < end; i++)
        {
            if (i == by) i = mention.LastToken + 1;
            if (i >= end) break;
            if (scan.Tokens[i].Kind == TokenKind.Number || scan.IsWord(i, "no") || scan.IsWord(i, "not") || scan.IsWord(i, "t")) return true;
        }
        return false;
    }
}
