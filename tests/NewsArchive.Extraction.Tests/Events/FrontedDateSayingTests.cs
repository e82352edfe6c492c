namespace NewsArchive.Extraction.Tests.Events;

/// <summary>After a fronted date ("In June, the firm said it would …") the verb of saying is what the date tells.</summary>
public sealed class FrontedDateSayingTests
{
    [Fact]
    public void Dates_a_fronted_month_to_the_saying_not_to_what_was_said_to_come()
    {
        Assert.Equal(["2026-06"], EventDates.Of("In June, a packaging firm said it would cut 85 roles at its plant.", "2026-09-15"));
    }

    [Fact]
    public void Keeps_a_trailing_date_after_a_saying_in_the_coming_time()
    {
        Assert.Equal(["2026-12"], EventDates.Of("The plant will close in December, the company said.", "2026-09-15"));
    }

    [Fact]
    public void Dates_a_fronted_statement_to_the_saying_when_what_was_said_lies_ahead()
    {
        Assert.Equal(["2026-01-12"], EventDates.Of("In a statement on Monday, the carrier said it would close the depot.", "2026-01-13"));
    }

    [Fact]
    public void Dates_a_post_by_its_writing_verb_before_a_colon()
    {
        Assert.Equal(["2026-01-08"], EventDates.Of("In a post on X on Thursday night, the candidate wrote: \"This race is not over.\"", "2026-01-13"));
    }

    [Fact]
    public void Reads_the_tense_of_a_narrated_date_outside_the_words_it_reports()
    {
        Assert.Equal(["2026-01-12"],
            EventDates.Of("In a post on Monday night, the organizer wrote that \"the next fight is going to happen here.\"", "2026-01-13"));
    }

    [Fact]
    public void Keeps_a_fronted_phrase_with_a_coming_verb_in_the_future()
    {
        Assert.Equal(["2026-01-16"], EventDates.Of("In a speech on Friday, the minister will set out her plans.", "2026-01-13"));
    }

    [Fact]
    public void Dates_an_announcement_by_its_day_not_by_what_it_announces()
    {
        Assert.Equal(["2026-06-08"], EventDates.Of("The company announced on Monday it will close the plant.", "2026-06-11"));
        Assert.Equal(["2026-06-10", "2026-11-18"],
            EventDates.Of("Ministers urged caution on the Budget, which the Treasury confirmed on Wednesday will be held on 18 November.", "2026-06-11"));
    }

    [Fact]
    public void Keeps_an_announcement_still_to_come_ahead()
    {
        Assert.Equal(["2026-06-11"], EventDates.Of("The squad will be named when it is announced on Thursday.", "2026-06-10"));
    }
}
