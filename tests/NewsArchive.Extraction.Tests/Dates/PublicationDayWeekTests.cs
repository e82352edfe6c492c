using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>The story's day from the weekdays and dated days it tells, without a stated publication date.</summary>
public sealed class PublicationDayWeekTests
{
    private static PartialDate? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(new DateOnly(2026, 11, 25)).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date;
    }

    [Fact]
    public void Reads_a_wire_dateline_that_opens_on_its_date_without_a_place()
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 10, 29)), Infer(
            "Oct 29 (Reuters) - Brindle Foods cut its annual forecast on Thursday, sending its shares to their lowest level since 2020.\n\n"
            + "The company now expects sales to fall in fiscal 2026."));
    }

    [Fact]
    public void Does_not_date_the_story_on_a_weekday_told_in_the_past_perfect()
    {
        // Wednesday to Friday stay open: the first of them, the Wednesday after the Tuesday.
        var (published, eventsDay) = StoryDayReading.Of(
            "The club confirmed on Tuesday morning that its head coach had left.\n\n"
            + "The coach had spoken of the pressure on him at his press conference on Thursday.\n\n"
            + "A youth coach will take charge for the home game on Saturday 24 October.", new DateOnly(2026, 11, 25));
        Assert.Equal("2026-10-21", published);
    }

    [Fact]
    public void Dates_a_story_told_as_yesterday_the_day_after_its_dated_happening_before_a_coming_day()
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 9, 15)), Infer(
            "Ada Brisk, who died yesterday at her home in Perth, taught music for forty years.\n\n"
            + "She died on 14 September 2026, aged 86.\n\n"
            + "A funeral will be held on Thursday 24 September."));
    }

    [Fact]
    public void Does_not_make_yesterday_a_day_the_story_names_by_its_weekday()
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 6, 15)), Infer(
            "Crowds packed the beaches yesterday as temperatures climbed.\n\n"
            + "Forecasters issued a heat alert on Saturday, June 13, for the whole region.\n\n"
            + "A lifeguard pulled a swimmer from the sea on Saturday.\n\n"
            + "A hosepipe ban comes into force on Thursday, June 18."));
    }

    [Theory]
    [InlineData("Tomorrow, exactly 40 years after the doors first opened on 12 April 1986, the hall will reopen.", 2026, 4, 11)]
    [InlineData("Today, 20 years to the day since the bridge collapsed on 3 August 2006, families gathered.", 2026, 8, 3)]
    [InlineData("Today marks one year since a gas blast tore through the bakery on Elm Street on March 3, 2025.", 2026, 3, 3)]
    [InlineData("Tomorrow marks a year since the ferry ran aground off the point on 2 June 2025, and the inquiry is still sitting.", 2026, 6, 1)]
    public void Counts_the_story_day_in_years_from_a_full_date(string body, int year, int month, int day)
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(year, month, day)), Infer(body));
    }
}
