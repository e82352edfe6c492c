using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Last year, the county approved a levy increase in May 2023", "under the Housing Act 2025, which received royal assent
/// last year": one happening the text dates both by its year and as "last year" puts the story in the year after that
/// year. Only the two shapes that tie the two dates to one happening count: a sentence that opens with "Last year" and
/// dates its own happening by a year, and a year-named thing whose "which" clause tells it as done last year. "Rates
/// rose 8% in 2023 and 6% last year" tells two happenings, and says nothing here.
/// </summary>
internal static class LastYearBesideYear
{
    private const int MaxClauseTokens = 14; // ", which became law in February last year,"

    /// <summary>The story's year, or null when no narrative sentence ties a stated year to "last year" within
    /// <paramref name="lowest"/> to <paramref name="highest"/>.</summary>
    public static int? Find(DateScan scan, int lowest, int highest)
    {
        var mentions = scan.Mentions;
        for (var j = 0; j < mentions.Count; j++)
        {
            var m = mentions[j];
            if (DateContext.IsInsideQuotation(scan, m)) continue;
            var named = m.Expression is { Form: DateForm.Calendar, Year: > 0, YearRelative: false } e && OpensWithLastYear(scan, mentions, j) ? e.Year
                : IsLastYear(m.Expression) ? WhichClauseYear(scan, m) : null;
            if (named + 1 is { } year && year >= lowest && year <= highest) return year;
        }
        return null;
    }

    // "Last year, the Legislature approved a one-time increase in May 2023": the sentence opens with "Last year" (not the
    // possessive "Last year's event"), and the mention is the first with a year after it, told in the past with a verb,
    // not a span's start ("since 2019") or a comparison ("than in 2019").
    private static bool OpensWithLastYear(DateScan scan, List<DateMention> mentions, int j)
    {
        var m = mentions[j];
        var (first, end) = scan.TokensOf(m.Sentence);
        if (first + 2 >= end || !scan.IsWord(first, "last") || !scan.IsWord(first + 1, "year")) return false;
        if (!scan.IsSymbol(first + 2, ',') && scan.Tokens[first + 2].Kind != TokenKind.Word) return false;
        for (var k = j - 1; k >= 0 && mentions[k].Sentence == m.Sentence; k--)
            if (mentions[k].Expression.HasYear) return false;
        for (var i = first + 2; i < m.FirstToken; i++)
            if (scan.IsWord(i, "since") || scan.IsWord(i, "than") || scan.IsWord(i, "from") || scan.IsWord(i, "compared") || scan.IsWord(i, "but")
                || scan.IsWord(i, "while") || scan.IsSymbol(i, ';'))
                return false;
        return ClauseTense.Of(scan, m) is { Tense: Tense.Past, HasVerb: true };
    }

    // "the Employment Rights Act 2025, which received royal assent last year": the year that ends a name just before the
    // ", which" whose clause holds the "last year" (or "in February last year"), with no break or other year between.
    private static int? WhichClauseYear(DateScan scan, DateMention lastYear)
    {
        var (first, _) = scan.TokensOf(lastYear.Sentence);
        for (var i = lastYear.FirstToken - 1; i >= first + 2 && i >= lastYear.FirstToken - MaxClauseTokens; i--)
        {
            if (scan.IsSymbol(i, ',') || scan.IsSymbol(i, ';') || scan.IsSymbol(i, ':') || YearToken.At(scan, i) is not null) return null;
            if (scan.IsWord(i, "which")) return scan.IsSymbol(i - 1, ',') ? YearToken.At(scan, i - 2) : null;
        }
        return null;
    }

    // "last year", "in February last year", "in May of last year".
    private static bool IsLastYear(DateExpression e) =>
        e is { Form: DateForm.Relative, Unit: RelativeUnit.Year, Offset: -1, FromPrevious: false }
        || e is { Form: DateForm.Calendar, YearRelative: true, Offset: -1 };
}
