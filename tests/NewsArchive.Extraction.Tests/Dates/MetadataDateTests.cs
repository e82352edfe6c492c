using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Tests.DateStages;

public sealed class MetadataDateTests
{
    [Theory]
    [InlineData("2026-09-16 05:30 EDT")]
    [InlineData("2026-09-16T05:30 BST")]
    [InlineData("September 16, 2026 5:30 AM EDT")]
    [InlineData("16 September 2026 10:30 BST")]
    public void Parse_reads_the_day_of_a_stamp_whose_time_zone_is_an_abbreviation(string text)
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 9, 16)), MetadataDate.Parse(text));
    }

    [Fact]
    public void Parse_keeps_the_publishers_own_day_of_a_timestamp_with_an_offset()
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 9, 16)), MetadataDate.Parse("2026-09-16T23:30:00-04:00"));
    }

    [Theory]
    [InlineData("Tuesday")]
    [InlineData("2026-13-40 05:30 EDT")]
    [InlineData("soon")]
    public void Parse_gives_nothing_for_text_that_is_no_date(string text)
    {
        Assert.Null(MetadataDate.Parse(text));
    }
}
