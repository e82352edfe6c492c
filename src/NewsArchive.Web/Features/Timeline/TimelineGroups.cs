using System.Globalization;
using NewsArchive.Data.Timeline;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Web.Features.Timeline;

/// <summary>Events grouped by year, then by month; an event known only to the year stands before that year's months.</summary>
public static class TimelineGroups
{
    public sealed record MonthGroup(string Heading, IReadOnlyList<TimelineEvent> Events);

    public sealed record YearGroup(int Year, IReadOnlyList<MonthGroup> Months);

    public static IReadOnlyList<YearGroup> Group(IEnumerable<TimelineEvent> events) =>
        events
            .GroupBy(e => e.Date.Start.Year)
            .Select(year => new YearGroup(year.Key, year
                .GroupBy(e => e.Date.Precision == DatePrecision.Year ? 0 : e.Date.Start.Month)
                .Select(month => new MonthGroup(
                    month.Key == 0 ? "During the year" : CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Key),
                    month.ToList()))
                .ToList()))
            .ToList();
}
