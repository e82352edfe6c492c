using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A dateline's day never lands in a year after today, even when that is the first year its lead's weekday fits.</summary>
public sealed class PublicationYearNotAfterTodayTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Falls_back_to_the_first_year_after_the_evidence_when_the_weekday_fits_only_later_than_today()
    {
        // 7 February is a Monday in 2028 (and 2022, before the evidence): the story is of 2023, the first year after it.
        Assert.Equal("2023-02-07", Infer(
            "DETROIT, Feb 7 (Reuters) - The parts maker will shut its Ohio plant, the company said on Monday.\n\n"
            + "Its revenue fell 9% in 2022."));
    }

    [Fact]
    public void A_year_only_answer_is_never_after_today()
    {
        // A finished happening dated to the day in today's year puts the first later year in 2027, which has not come.
        Assert.Equal("2026", Infer(
            "The county board approved the new bus depot on March 4, 2026, after a two-hour hearing.\n\n"
            + "Construction is expected to take eighteen months."));
    }
}
