using System.Globalization;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// A line that is nothing but a publication date: "April 12, 2019", "12 April 2019", "Published: 2019-04-12",
/// "Tuesday, April 12, 2019". Text files often carry one under the title.
/// </summary>
internal static class DateLine
{
    private static readonly string[] Prefixes = ["published:", "published", "posted:", "posted", "date:"];

    private static readonly string[] Formats =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "MMM. d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd",
        "dddd, MMMM d, yyyy", "dddd, d MMMM yyyy", "dddd d MMMM yyyy", "ddd, MMM d, yyyy",
    ];

    public static PartialDate? Parse(string line)
    {
        var text = line.Trim();
        foreach (var prefix in Prefixes)
        {
            if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            text = text[prefix.Length..].Trim();
            break;
        }
        if (text.Length is < 8 or > 40) return null;
        text = text.Replace("Sept.", "Sep.", StringComparison.Ordinal);
        return DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day)
            ? PartialDate.OfDay(DateOnly.FromDateTime(day))
            : null;
    }
}
