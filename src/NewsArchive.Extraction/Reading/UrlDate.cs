using System.Text.RegularExpressions;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// The publication day many newsrooms write into a story's own address: ".../story/news/2023/06/03/barn-fire/",
/// ".../environment/2024/apr/27/...", or only its month (".../commuting/2023/09/max-line.html"). Read from the page's
/// canonical address when no date metadata says the day; never from the address of an image or another story.
/// </summary>
internal static class UrlDate
{
    // A year, a month (number or English abbreviation) and optionally a day, each a whole path segment.
    private static readonly Regex DatedPath = new(
        @"/((19|20)\d\d)/(0?[1-9]|1[0-2]|[A-Za-z]{3})(/(0?[1-9]|[12]\d|3[01]))?(/|$)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static PartialDate? Parse(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var path = url.AsSpan();
        var query = path.IndexOfAny('?', '#');
        if (query >= 0) path = path[..query];
        // "…/2024/new/plans/2024/05/06/x": a segment like "new" is no month, so a later dated path is tried.
        // Each try starts just past the last one's start, as one match's closing '/' may open the next.
        var text = path.ToString();
        for (var match = DatedPath.Match(text); match.Success; match = DatedPath.Match(text, match.Index + 1))
            if (Read(match) is { } date) return date;
        return null;
    }

    private static PartialDate? Read(Match match)
    {
        var year = int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var monthText = match.Groups[3].Value;
        int month;
        if (char.IsAsciiDigit(monthText[0])) month = int.Parse(monthText, System.Globalization.CultureInfo.InvariantCulture);
        else
        {
            var name = char.ToUpperInvariant(monthText[0]) + monthText[1..].ToLowerInvariant();
            // "May" is a full name, not an abbreviation, in dates-months.
            if (!DateWords.MonthAbbreviations.TryGetValue(name, out month) && !DateWords.Months.TryGetValue(name, out month)) return null;
        }
        if (!match.Groups[5].Success) return PartialDate.OfMonth(year, month);
        var day = int.Parse(match.Groups[5].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        return DateMentionFinder.IsValid(year, month, day) ? PartialDate.OfDay(new DateOnly(year, month, day)) : null;
    }

    /// <summary>
    /// The day when it falls in the month that is all <paramref name="known"/> tells (".../2023/09/ferry-cut.html" and a
    /// stamp or modified time of 14 September 2023), else what was known, else the day.
    /// </summary>
    public static PartialDate? Refine(PartialDate? known, PartialDate? day) =>
        known is { Precision: DatePrecision.Month } month && day is { Precision: DatePrecision.Day } d
            && d.Start.Year == month.Start.Year && d.Start.Month == month.Start.Month ? d : known ?? day;
}
