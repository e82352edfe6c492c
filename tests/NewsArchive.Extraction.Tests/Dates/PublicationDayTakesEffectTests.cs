using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"Starting today, … The rule, which takes effect July 1, …": a change that starts today is dated by when it takes effect.</summary>
public sealed class PublicationDayTakesEffectTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Dates_a_change_starting_today_by_its_effective_date()
    {
        Assert.Equal("2026-09-01", Infer(
            "From today, landlords in the city must register every rental unit.\n\n"
            + "The ordinance, which takes effect Sept. 1, was approved after a study of rents published in October 2025."));
    }

    [Fact]
    public void Needs_the_change_to_start_today()
    {
        Assert.NotEqual("2026-09-01", Infer(
            "Landlords in the city must register every rental unit.\n\n"
            + "The ordinance, which takes effect Sept. 1, was approved after a study of rents published in October 2025."));
    }
}
