namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "the 2020 carnival was called off", "a 2019 inspection found rot in the roof", "a 2015 blaze gutted the mill": a year
/// before a noun of occasion, inspection, disaster or works dates the happening the clause tells of it.
/// </summary>
public sealed class YearLabelledOccasionTests
{
    [Theory]
    [InlineData("The 2020 carnival parade was called off because of the pandemic.", "2020")]
    [InlineData("A 2019 inspection found rot in the roof timbers.", "2019")]
    [InlineData("A 2015 blaze gutted the old mill.", "2015")]
    [InlineData("The 2021 festival was held entirely online.", "2021")]
    public void Dates_a_happening_told_of_a_year_labelled_occasion(string body, string expected)
    {
        Assert.Equal([expected], EventDates.Of(body, "2025-03-10"));
    }
}
