using System.Globalization;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Web.Components.Shared;

/// <summary>Shows a date at exactly the precision the text gave: "2018", "Aug 2017", "12 Mar 2019".</summary>
public static class DateDisplay
{
    public static string Format(PartialDate date) => date.Precision switch
    {
        DatePrecision.Year => date.Start.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.Start.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        _ => date.Start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
    };

    public static string Format(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
