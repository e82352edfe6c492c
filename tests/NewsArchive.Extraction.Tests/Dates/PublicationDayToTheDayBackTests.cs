using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"Today's service falls 80 years to the day after that landing", the landing dated in full the sentence before.</summary>
public sealed class PublicationDayToTheDayBackTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Counts_to_the_day_from_a_date_in_the_sentence_before()
    {
        Assert.Equal("2024-06-06", Infer(
            "The troops came ashore on the beaches of Normandy on June 6, 1944. Today's service falls 80 years to the day after that landing.\n\n"
            + "Veterans laid wreaths at the memorial."));
    }

    [Fact]
    public void Counts_to_the_day_from_a_date_in_the_sentence_after()
    {
        Assert.Equal("2025-09-12", Infer(
            "The town's cinema showed its last film tonight, 60 years to the day after it first opened.\n\n"
            + "The Regal opened on 12 September 1965 with a western. Its owners blamed rising energy bills."));
    }

    [Fact]
    public void Needs_to_the_day_to_reach_back_a_sentence()
    {
        Assert.NotEqual("2024-06-06", Infer(
            "The troops came ashore on the beaches of Normandy on June 6, 1944. Today's service comes 80 years after that landing.\n\n"
            + "Veterans laid wreaths at the memorial."));
    }
}
