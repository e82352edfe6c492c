namespace NewsArchive.Extraction.Tests.Events;

public sealed class PastRetellingTests
{
    private static List<string> Dates(string body, string published = "2025-06-05") => EventDates.Of(body, published);

    [Fact]
    public void Counts_once_a_past_happening_of_the_lead_retold_with_its_verb_and_object()
    {
        Assert.Equal(["2025-06-04"], Dates(
            "Parents packed the school auditorium on Wednesday night to oppose the cuts. "
            + "The hall was loud. Hundreds of angry parents packed the auditorium Wednesday night as the board met."));
    }

    [Fact]
    public void Keeps_two_sayings_of_one_day_that_share_only_names()
    {
        Assert.Equal(["2025-06-03", "2025-06-03"], Dates(
            "Two Commission officials said on Tuesday that steel quotas would be cut, speaking in Brussels. "
            + "The Commission president said on Tuesday that steel makers in Brussels deserved better."));
    }
}
