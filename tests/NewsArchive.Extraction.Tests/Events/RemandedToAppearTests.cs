namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "was remanded in custody to appear on April 5", "invited officials to a meeting on Tuesday": the day a remand, bail or
/// invitation sets lies ahead of it.
/// </summary>
public sealed class RemandedToAppearTests
{
    [Fact]
    public void Dates_the_next_appearance_of_a_remand_to_the_coming_day()
    {
        Assert.Equal(["2027-04-05"], EventDates.Of("Harlow was remanded in custody to appear at the crown court on April 5.", "2027-03-10"));
    }

    [Fact]
    public void Dates_the_next_appearance_of_a_bail_to_the_coming_day()
    {
        Assert.Equal(["2027-04-12"], EventDates.Of("She was bailed to appear before magistrates on 12 April.", "2027-03-10"));
    }

    [Fact]
    public void Dates_what_someone_is_invited_to_to_the_coming_weekday()
    {
        Assert.Equal(["2027-03-16"], EventDates.Of("The mayor has invited transit officials to a public meeting in Eastside on Tuesday.", "2027-03-10"));
    }
}
