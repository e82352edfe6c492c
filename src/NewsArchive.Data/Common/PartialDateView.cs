using System.Globalization;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Common;

/// <summary>A date to show: only the parts its precision knows ("2018", "January 2018", "12 April 2019").</summary>
public sealed record PartialDateView(DateOnly Start, DatePrecision Precision)
{
    public PartialDate Date => new(Start, Precision);

    public string Iso => Date.ToIso();

    public string Display => Precision switch
    {
        DatePrecision.Year => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    public override string ToString() => Display;
}
