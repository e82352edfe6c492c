using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "yesterday (Wednesday 9 September)", "last night, Sept. 9,", "at last night's press night, on Wednesday 9
/// September": the narrative's yesterday spelled out as a date, so the story is of the day after it; "will question
/// him tomorrow, Wednesday 18 March": its tomorrow, so the story is of the day before.
/// </summary>
internal static class NeighbourDaySpelledOut
{
    private const int MaxNounWords = 3; // "last night's press night, on …", "yesterday's final, on …"

    /// <summary>The story's day, or null when no narrative yesterday or tomorrow is spelled out as a date.</summary>
    public static DateOnly? Find(DateScan scan, YearChoice years)
    {
        var mentions = scan.Mentions;
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var y = mentions[i];
            if (y.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: -1 or 1, FromPrevious: false }) continue;
            var d = mentions[i + 1];
            if (d.Sentence != y.Sentence || d.Expression is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 } e) continue;
            if (DateContext.IsInsideQuotation(scan, y) || !Joins(scan, y.LastToken, d.FirstToken)) continue;
            if (years.Day(e) is { } day) return day.AddDays(-y.Expression.Offset);
        }
        return null;
    }

    // Only punctuation between the two, or a possessive's short noun phrase and "on": "last night's press night, on".
    private static bool Joins(DateScan scan, int from, int to)
    {
        var i = from + 1;
        if (i + 1 < to && (scan.IsSymbol(i, '\'') || scan.IsSymbol(i, '’')) && scan.IsWord(i + 1, "s")) i += 2;
        var possessive = i > from + 1;
        var words = 0;
        var lastWord = -1;
        for (; i < to; i++)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol)
            {
                if (DateContext.IsClauseBreak(scan, i)) return false;
                continue;
            }
            if (t.Kind != TokenKind.Word) return false;
            words++;
            lastWord = i;
        }
        if (words == 0) return true;
        return possessive && words <= MaxNounWords + 1 && scan.IsWord(lastWord, "on");
    }
}
