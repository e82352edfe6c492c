namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"will be asked June 11": a verb of saying in a passive still to come is no past saying.</summary>
public sealed class ComingPassiveAskedTests
{
    [Fact]
    public void Dates_a_coming_ballot_question_to_the_coming_day()
    {
        Assert.Equal(["2027-05-18"], EventDates.Of("Residents will be asked May 18 to approve a new library levy.", "2027-04-20"));
    }

    [Fact]
    public void Still_dates_a_past_asking_to_the_past_day()
    {
        Assert.Equal(["2027-03-02"], EventDates.Of("The mayor was asked March 2 about the levy.", "2027-04-20"));
    }
}
