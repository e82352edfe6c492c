namespace NewsArchive.Extraction.Dates;

/// <summary>
/// Whether the year of an inferred publication date is only a guess: nothing in the text bounds it (no finished or
/// coming happening with a year, no year stated at all, no known event, no copyright notice) and no date is written
/// with its weekday ("Tuesday 11 March" fits only some years). "The committee acted today, June 13" then fits every
/// year alike, and today's year is one guess among many: stories without dates in their metadata come from any year,
/// and a wrong year moves every "on Tuesday" and "last month" in the story, so no date is honest.
/// </summary>
internal static class GuessedYear
{
    /// <summary>Whether the story's year is unbounded by the text.</summary>
    /// <param name="scan">The article's date mentions.</param>
    /// <param name="bound">The first day the finished happenings allow, if any.</param>
    /// <param name="narrowed">Whether anything moved the latest possible day before today (a coming dated happening, a
    /// known event, a copyright notice) or pins the year otherwise ("LONDON, June 3 (Reuters) - … on Wednesday").</param>
    /// <param name="marked">The year the text marks as the story's (an anniversary, a forecast), if any.</param>
    public static bool Is(DateScan scan, DateOnly? bound, bool narrowed, int? marked)
    {
        if (bound is not null || narrowed || marked is not null) return false;
        foreach (var m in scan.Mentions)
        {
            if (DateContext.IsInsideQuotation(scan, m)) continue;
            var e = m.Expression;
            if (e.HasYear && !e.YearRelative || e.WeekdayStated) return false;
        }
        // "the 2025 hurricane season", "the 2023-24 school year": a year that dates no happening still places the story.
        for (var i = 0; i < scan.Tokens.Count; i++)
            if ((YearToken.At(scan, i) is not null || YearToken.SpanStartAt(scan, i) is not null) && !scan.IsInsideQuotation(scan.Tokens[i].Start)) return false;
        return true;
    }

    /// <summary>Whether the answer's year is the one the year choice falls back on without evidence: today's, or the
    /// year before when the day has not come yet this year.</summary>
    public static bool IsDefault(PartialDate answer, DateOnly today) => answer.Start.Year >= today.Year - 1;
}
