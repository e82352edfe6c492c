using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>Small readings of the words around a date mention, shared by the publication date and event stages.</summary>
internal static class DateContext
{
    /// <summary>"an April 11 article", "a March 3 report": the date names when a document appeared.</summary>
    public static bool DatesAReport(DateScan scan, DateMention mention)
    {
        var (_, end) = scan.TokensOf(mention.Sentence);
        for (var i = mention.LastToken + 1; i < end && i <= mention.LastToken + 2; i++)
            if (scan.Tokens[i].Kind == TokenKind.Word && DateWords.ReportNouns.Contains(scan.Text(i))) return true;
        return false;
    }

    /// <summary>"Published April 12", "Last updated: March 3": page furniture at the start of a line, not a happening.</summary>
    public static bool IsStamp(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        var stamped = false;
        for (var i = first; i < mention.FirstToken; i++)
        {
            if (scan.IsWord(i, "published") || scan.IsWord(i, "updated") || scan.IsWord(i, "posted") || scan.IsWord(i, "modified"))
                stamped = true;
            else if (!(scan.IsWord(i, "last") || scan.IsWord(i, "on") || scan.IsSymbol(i, ':') || scan.IsSymbol(i, '|')))
                return false;
        }
        return stamped;
    }

    /// <summary>
    /// "WASHINGTON, April 12 (Reuters) —": a date in the article's first sentence with only capitalized
    /// words and commas before it and a bracket or dash after it.
    /// </summary>
    public static bool IsDateline(DateScan scan, DateMention mention)
    {
        if (mention.Sentence != 0) return false;
        var (first, end) = scan.TokensOf(0);
        if (mention.FirstToken == first) return false;
        for (var i = first; i < mention.FirstToken; i++)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Word && !char.IsUpper(scan.Body[t.Start])) return false;
            if (t.Kind == TokenKind.Number) return false;
        }
        var next = mention.LastToken + 1;
        return next < end && (scan.IsSymbol(next, '(') || scan.IsSymbol(next, '-') || scan.IsSymbol(next, '—') || scan.IsSymbol(next, '–'));
    }

    /// <summary>"today, April 12" or "today (April 12)": today's date spelled out.</summary>
    public static bool IsTodaySpelledOut(DateScan scan, DateMention today, DateMention calendar)
    {
        if (!today.Expression.IsToday || calendar.Expression.Form != DateForm.Calendar || calendar.Expression.Day == 0) return false;
        if (today.Sentence != calendar.Sentence) return false;
        var (from, to) = today.LastToken < calendar.FirstToken ? (today.LastToken, calendar.FirstToken) : (calendar.LastToken, today.FirstToken);
        if (to - from > 3) return false;
        for (var i = from + 1; i < to; i++)
            if (scan.Tokens[i].Kind != TokenKind.Symbol) return false;
        return true;
    }
}
