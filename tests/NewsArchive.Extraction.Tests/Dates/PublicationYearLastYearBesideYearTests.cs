using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"Last year, the board approved … in May 2023": one happening dated by its year and as last year dates the story.</summary>
public sealed class PublicationYearLastYearBesideYearTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_sentence_opening_with_last_year_dates_its_own_happening()
    {
        Assert.Equal("2022", Infer(
            "Last year, the water board raised connection fees in March 2021 after a long dispute with builders.\n\n"
            + "Builders say the fees have slowed new housing in the valley."));
    }

    [Fact]
    public void A_year_named_thing_done_last_year()
    {
        Assert.Equal("2020", Infer(
            "Under the Rivers Protection Act 2019, which came into force in June last year, councils must publish spill data.\n\n"
            + "Campaigners said the first reports were patchy."));
    }

    [Fact]
    public void Two_happenings_in_one_sentence_say_nothing()
    {
        // "in 2021" and "last year" are two rises: the story is not 2022 by that alone.
        Assert.Equal("2022", Infer(
            "The district raised fares 8% in 2021 and 6% last year, officials said.\n\n"
            + "Riders have complained about the increases."));
        Assert.NotEqual("2022", Infer(
            "Last year's festival drew record crowds, the first full event since 2019, organisers said.\n\n"
            + "Tickets go on sale next month."));
    }
}
