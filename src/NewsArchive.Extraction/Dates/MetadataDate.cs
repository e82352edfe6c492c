using System.Globalization;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// Parses a date as metadata writes it: ISO 8601 (full timestamp or reduced precision), RFC 1123, an ISO day followed
/// by a clock and a zone abbreviation ("2026-09-16 05:30 EDT"), or a stamp as a page prints it ("September 16, 2026
/// 5:30 AM EDT").
/// </summary>
internal static class MetadataDate
{
    private const int IsoDayLength = 10;

    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (PartialDate.TryParseIso(s, out var partial)) return partial;
        // The day as the publisher wrote it: a timestamp's own offset decides its calendar day.
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var stamp))
            return PartialDate.OfDay(DateOnly.FromDateTime(stamp.DateTime));
        // "2026-09-16 05:30 EDT": .NET knows no zone abbreviations, but the day written first is the publisher's own.
        if (s.Length > IsoDayLength && s[IsoDayLength] is ' ' or 'T' or '_'
            && PartialDate.TryParseIso(s[..IsoDayLength], out var day) && day.Precision == DatePrecision.Day) return day;
        return DateLine.Parse(s);
    }
}
