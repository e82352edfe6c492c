using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// A weekday written right after a capitalized word that is still a date, not part of a name like "Sheffield
/// Wednesday" or "Fox News Sunday": "parents packed the school in Roslindale Tuesday night", "presented the plan
/// to the Board of Education Tuesday night", "told NBC News Tuesday that …". US papers drop the "on", so the
/// weekday lands beside the name of a place, a body or an outlet.
/// </summary>
internal static class DatedAfterName
{
    private const int NameReach = 5; // capitalized words back to the reporting verb ("told The Associated Press")

    /// <summary>Whether the weekday at token <paramref name="i"/>, after a capitalized word, dates the clause.</summary>
    public static bool Is(DateScan scan, int i, int first, int end)
    {
        // "Tuesday night", "Monday morning": a name goes on with a capital ("Monday Night Football"), a date with a
        // lowercase part of the day.
        if (i + 1 < end && IsLowercasePartOfDay(scan, i + 1)) return true;
        // "told CNN Tuesday.", "told The Associated Press Monday that …": the outlet a speaker told, then when; the
        // weekday closes the clause ("beat Sheffield Wednesday at Wembley" does not follow "told").
        if (!(i + 1 >= end || scan.IsSymbol(i + 1, '.') || scan.IsSymbol(i + 1, ',') || scan.IsWord(i + 1, "that"))) return false;
        for (var j = i - 1; j >= first && j >= i - 1 - NameReach; j--)
        {
            if (scan.IsWord(j, "told")) return true;
            if (scan.Tokens[j].Kind != TokenKind.Word || !(char.IsUpper(scan.Body[scan.Tokens[j].Start]) || scan.IsWord(j, "of"))) return false;
        }
        return false;
    }

    private static bool IsLowercasePartOfDay(DateScan scan, int i) =>
        char.IsLower(scan.Body[scan.Tokens[i].Start])
        && (scan.IsWord(i, "night") || scan.IsWord(i, "morning") || scan.IsWord(i, "afternoon") || scan.IsWord(i, "evening"));
}
