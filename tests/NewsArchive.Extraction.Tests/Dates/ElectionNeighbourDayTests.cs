using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A US general election told as the story's yesterday dates the story the day after it.</summary>
public sealed class ElectionNeighbourDayTests
{
    private static readonly DateOnly Today = new(2030, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Takes_the_year_whose_election_falls_on_the_november_day_named()
    {
        // After the 2025 levy, the first general election on 3 November is 2026's (Tuesday 3 November 2026).
        Assert.Equal("2026-11-04", Infer(
            "Voters rejected a library levy in yesterday's election, according to unofficial results.\n\n"
            + "The measure was one of 12 on the Nov. 3 ballot. The last levy passed in 2025."));
    }

    [Fact]
    public void Takes_the_first_election_day_after_the_finished_happenings()
    {
        Assert.Equal("2027-11-03", Infer(
            "Turnout was light in yesterday's election, and Election Day ballots were still being counted.\n\n"
            + "The council adopted new ward maps in 2026."));
    }

    [Fact]
    public void Ignores_an_election_without_a_sign_it_is_the_november_general_election()
    {
        Assert.NotEqual("2027-11-03", Infer(
            "Turnout was light in yesterday's election.\n\nThe council adopted new ward maps in 2026."));
    }
}
