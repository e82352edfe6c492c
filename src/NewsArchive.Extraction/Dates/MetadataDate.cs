using System.Globalization;

namespace NewsArchive.Extraction.Dates;

/// <summary>Parses a date as metadata writes it: ISO 8601 (full timestamp or reduced precision) or RFC 1123.</summary>
internal static class MetadataDate
{
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (PartialDate.TryParseIso(s, out var partial)) return partial;
        // The day as the publisher wrote it: a timestamp's own offset decides its calendar day.
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var stamp))
            return PartialDate.OfDay(DateOnly.FromDateTime(stamp.DateTime));
        return null;
    }
}
