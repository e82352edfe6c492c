namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "before next year's holiday", "homes damaged by last year's hurricanes", "a contribution to next year's festival": a
/// year counted from the story and written as a possessive labels a thing of that year (a season, an edition, a
/// budget); the happening, when the story tells one, is dated where it is told.
/// </summary>
internal static class PossessiveYear
{
    public static bool Is(DateScan scan, DateMention mention)
    {
        if (mention.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Year, FromPrevious: false }) return false;
        var (_, end) = scan.TokensOf(mention.Sentence);
        var next = mention.LastToken + 1;
        return next + 1 < end && (scan.IsSymbol(next, '\'') || scan.IsSymbol(next, '’')) && scan.IsWord(next + 1, "s");
    }
}
