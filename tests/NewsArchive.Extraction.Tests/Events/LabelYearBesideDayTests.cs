namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"The 2027 legislative session began Jan. 12": a year labelling the thing whose day is told adds no event of its own.</summary>
public sealed class LabelYearBesideDayTests
{
    [Fact]
    public void Keeps_only_the_day_of_the_labelled_session()
    {
        Assert.Equal(["2027-01-12"], EventDates.Of("The 2027 legislative session began Jan. 12, and a committee has taken up the bill.", "2027-02-20"));
    }

    [Fact]
    public void Keeps_only_the_day_when_the_label_follows()
    {
        Assert.Equal(["2027-01-12"], EventDates.Of("Lawmakers convened Jan. 12 for the 2027 session.", "2027-02-20"));
    }
}
