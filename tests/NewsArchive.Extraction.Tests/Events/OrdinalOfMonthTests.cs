namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"Fourth of July events", "the first of May": an ordinal day of a month is no month-long date.</summary>
public sealed class OrdinalOfMonthTests
{
    [Fact]
    public void Leaves_a_holiday_named_by_its_ordinal_day_as_a_label()
    {
        Assert.Empty(EventDates.Of("The town said it would cancel its Fourth of July parade.", "2026-06-20"));
    }

    [Fact]
    public void Dates_what_happened_at_the_holiday_by_the_day_given_beside_it()
    {
        Assert.Equal(["2026-07-04"], EventDates.Of("Paramedics treated 40 people at Fourth of July events yesterday.", "2026-07-05"));
    }

    [Fact]
    public void Dates_a_happening_on_the_holiday_with_its_article()
    {
        Assert.Equal(["2026-07-04"], EventDates.Of("Two brush fires started on the Fourth of July.", "2026-07-08"));
    }
}
