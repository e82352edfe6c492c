using System.Globalization;

namespace NewsArchive.Extraction.Dates;

/// <summary>How much of a date is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year ("2018").</summary>
    Year,
    /// <summary>Year and month ("August 2017").</summary>
    Month,
    /// <summary>Year, month and day ("12 March 2019").</summary>
    Day,
}

/// <summary>
/// A date known to a precision. <see cref="Start"/> is the first day of the span it names
/// (1 January for a year, the 1st for a month), so dates sort and range-filter as plain days.
/// </summary>
public readonly record struct PartialDate(DateOnly Start, DatePrecision Precision)
{
    /// <summary>A whole year.</summary>
    public static PartialDate OfYear(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    /// <summary>A whole month.</summary>
    public static PartialDate OfMonth(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    /// <summary>One day.</summary>
    public static PartialDate OfDay(DateOnly day) => new(day, DatePrecision.Day);

    /// <summary>The last day of the span this date names.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Year => new DateOnly(Start.Year, 12, 31),
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        _ => Start,
    };

    /// <summary>ISO 8601 at reduced precision: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Year => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD; false for anything else or an impossible date.</summary>
    public static bool TryParseIso(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, inv, out var y) && y >= 1)
        {
            date = OfYear(y);
            return true;
        }
        if (s.Length == 7 && DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var m))
        {
            date = new PartialDate(m, DatePrecision.Month);
            return true;
        }
        if (s.Length == 10 && DateOnly.TryParseExact(s, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d))
        {
            date = OfDay(d);
            return true;
        }
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => ToIso();
}
