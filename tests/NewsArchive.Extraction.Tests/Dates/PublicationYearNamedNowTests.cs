using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"the 2026 mayoral race" with a record "in 2014": a weekday date takes the first fit near the year named as now.</summary>
public sealed class PublicationYearNamedNowTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_year_naming_the_current_contest_outranks_an_old_finished_one()
    {
        // Monday, March 9 fits 2015, 2020 and 2026; the first after 2014 would be 2015.
        var date = Infer(
            "Volunteers are racing to open polling halls before the first ballots of the 2026 mayoral race are cast at 7 p.m. Monday, March 9.\n\n"
            + "Turnout reached a record in 2014, when the seat was open.");
        Assert.StartsWith("2026-03", date);
    }

    [Fact]
    public void Without_a_named_year_the_first_fit_after_the_finished_happening_stands()
    {
        var date = Infer(
            "Volunteers are racing to open polling halls before the first ballots are cast at 7 p.m. Monday, March 9.\n\n"
            + "Turnout reached a record in 2014, when the seat was open.");
        Assert.StartsWith("2015-03", date);
    }
}
