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
        var match = DatedPath.Match(path.ToString());
        if (!match.Success) return null;
        var year = int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var monthText = match.Groups[3].Value;
        int month;
        if (char.IsAsciiDigit(monthText[0])) month = int.Parse(monthText, System.Globalization.CultureInfo.InvariantCulture);
        else if (!DateWords.MonthAbbreviations.TryGetValue(char.ToUpperInvariant(monthText[0]) + monthText[1..].ToLowerInvariant(), out month)) return null;
        if (!match.Groups[5].Success) return PartialDate.OfMonth(year, month);
        var day = int.Parse(match.Groups[5].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, month) ? PartialDate.OfDay(new DateOnly(year, month, day)) : null;
    }
}
