using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"The club, founded in 1925, turns 100 this year": the age reached this year dates the story's year.</summary>
public sealed class PublicationYearAgeThisYearTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Counts_the_age_from_the_year_of_origin_in_the_sentence_before()
    {
        Assert.Equal("2021", Infer(
            "The lighthouse has guided boats into the harbour since it was first lit in 1971. It turned 50 this year.\n\n"
            + "Volunteers repainted the lamp room."));
    }

    [Fact]
    public void Counts_the_age_from_a_year_in_the_same_sentence()
    {
        Assert.Equal("2025", Infer(
            "The bowls club, founded in 1925, turns 100 this year, and members plan a dinner.\n\n"
            + "The pavilion was rebuilt in 2011."));
    }
}
