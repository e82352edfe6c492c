namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"said late Tuesday outside the office": a saying dated by its part of the day and placed, folded into that day's happening.</summary>
public sealed class SpeechLateInTheDayTests
{
    [Fact]
    public void Folds_a_saying_late_in_the_day_into_the_happening_of_that_day()
    {
        Assert.Equal(["2026-05-19"], EventDates.Of(
            "Voters rejected the library levy on Tuesday.\n\nThe first thing to say is that this was close.\n\nThe board will meet again in June to weigh its options.\n\n\"We will regroup,\" board chair Ann Holt said late Tuesday outside the library.",
            "2026-05-20").Where(d => d.Length == 10));
    }

    [Fact]
    public void Folds_a_saying_placed_at_a_news_conference_into_the_happening_of_that_day()
    {
        Assert.Equal(["2026-05-19"], EventDates.Of(
            "Voters rejected the library levy on Tuesday.\n\nThe first thing to say is that this was close.\n\nThe board will meet again in June to weigh its options.\n\nThe mayor said Tuesday at a news conference that cuts were coming.",
            "2026-05-20").Where(d => d.Length == 10));
    }
}
