using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Common;

/// <summary>Turns the stored columns back into the extraction's publication date.</summary>
internal static class PublishedDate
{
    public static PublicationDate? From(DateOnly? day, DatePrecision? precision, bool inferred)
        => day is { } d && precision is { } p ? new PublicationDate(new PartialDate(d, p), inferred) : null;
}
