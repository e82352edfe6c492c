namespace NewsArchive.Extraction.Dates;

/// <summary>
/// The calendar's weekday cycle: a month and day falls on each weekday within at most this many years (leap years make
/// the gaps uneven), so a search for the year in which "Monday, May 19" fits never looks further; a bound older than
/// that is history rather than the story's recent past (see <see cref="YearChoice.IsHistory"/>).
/// </summary>
internal static class WeekdayCycle
{
    public const int Years = 12;
}
