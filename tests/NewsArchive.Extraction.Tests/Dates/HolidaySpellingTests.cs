using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// The spellings and observances the holiday lists hold beyond the statutory names: "Hallowe'en", "Paddy's Day", the
/// English summer bank holiday and Ireland's St Brigid's Day bank holiday.
/// </summary>
public sealed class HolidaySpellingTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void The_Irish_spellings_of_fixed_days_are_known()
    {
        Assert.Equal("2025-11-01", Infer(
            "Gardaí dealt with dozens of bonfires in the city on Hallowe'en last night.\n\nThe new by-law came into force in March 2025."));
        Assert.Equal("2025-03-18", Infer(
            "Half a million people lined the streets for the Paddy's Day parade yesterday.\n\nThe route was changed in January 2025."));
    }

    [Theory]
    [InlineData("summer bank holiday", 2025, "2025-08-25")]
    [InlineData("St Brigid's Day bank holiday", 2024, "2024-02-05")]
    [InlineData("St Brigid's Day bank holiday", 2026, "2026-02-02")]
    [InlineData("Small Business Saturday", 2025, "2025-11-29")]
    public void The_moving_days_fall_by_their_rule(string name, int year, string expected)
    {
        var rule = HolidayNames.Moving.First(h => h.Name == name).Rule;
        Assert.Equal(expected, HolidayWeekday.DayIn(rule, year)?.ToString("yyyy-MM-dd"));
    }
}
