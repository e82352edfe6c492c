using NewsArchive.Extraction.Dates;

// Not "Tests.Dates": Articles/ArticleComparison.cs writes "Dates.PartialDate", which such a namespace would capture.
namespace NewsArchive.Extraction.Tests.DateStages;

public sealed class DateResolverTests
{
    private static readonly DateOnly Reference = new(2019, 4, 12); // a Friday

    private static string Resolve(DateExpression e, Tense tense = Tense.Past, DateOnly? reference = null) =>
        DateResolver.Resolve(e, reference ?? Reference, tense)!.Value.ToIso();

    [Theory]
    [InlineData(11, 0, "2018-11")]
    [InlineData(2, 0, "2019-02")]
    [InlineData(4, 0, "2019-04")]
    [InlineData(4, 11, "2019-04-11")]
    [InlineData(4, 12, "2019-04-12")]
    [InlineData(4, 13, "2018-04-13")]
    [InlineData(12, 31, "2018-12-31")]
    public void Resolves_a_date_without_a_year_to_the_latest_on_or_before_the_reference_in_the_past(int month, int day, string expected)
    {
        Assert.Equal(expected, Resolve(DateExpression.Calendar(0, month, day)));
    }

    [Theory]
    [InlineData(11, 0, "2019-11")]
    [InlineData(2, 0, "2020-02")]
    [InlineData(4, 12, "2019-04-12")]
    [InlineData(3, 12, "2020-03-12")]
    [InlineData(1, 2, "2020-01-02")]
    public void Resolves_a_date_without_a_year_to_the_earliest_on_or_after_the_reference_in_the_future(int month, int day, string expected)
    {
        Assert.Equal(expected, Resolve(DateExpression.Calendar(0, month, day), Tense.Future));
    }

    [Fact]
    public void Resolves_29_February_to_the_nearest_leap_year()
    {
        Assert.Equal("2016-02-29", Resolve(DateExpression.Calendar(0, 2, 29)));
        Assert.Equal("2020-02-29", Resolve(DateExpression.Calendar(0, 2, 29), Tense.Future));
    }

    [Fact]
    public void Crosses_the_year_boundary_for_early_January_references()
    {
        var newYear = new DateOnly(2020, 1, 3);
        Assert.Equal("2019-12-30", Resolve(DateExpression.Calendar(0, 12, 30), reference: newYear));
        Assert.Equal("2019-12", Resolve(DateExpression.Calendar(0, 12, 0), reference: newYear));
        Assert.Equal("2019-12", Resolve(DateExpression.Relative(RelativeUnit.Month, -1), reference: newYear));
        Assert.Equal("2019", Resolve(DateExpression.Relative(RelativeUnit.Year, -1), reference: newYear));
        Assert.Equal("2020-01-02", Resolve(DateExpression.Relative(RelativeUnit.Day, -1), reference: newYear));
    }

    [Fact]
    public void Last_and_next_move_a_month_strictly_before_or_after_the_reference()
    {
        Assert.Equal("2018-04", Resolve(DateExpression.Calendar(0, 4, 0, DateShift.Last)));
        Assert.Equal("2020-04", Resolve(DateExpression.Calendar(0, 4, 0, DateShift.Next)));
        Assert.Equal("2019-09", Resolve(DateExpression.Calendar(0, 9, 0, DateShift.This)));
    }

    [Theory]
    [InlineData(DayOfWeek.Tuesday, "None", "Past", "2019-04-09")]
    [InlineData(DayOfWeek.Friday, "None", "Past", "2019-04-12")]
    [InlineData(DayOfWeek.Saturday, "None", "Past", "2019-04-06")]
    [InlineData(DayOfWeek.Friday, "Last", "Past", "2019-04-05")]
    [InlineData(DayOfWeek.Tuesday, "None", "Future", "2019-04-16")]
    [InlineData(DayOfWeek.Friday, "Next", "Future", "2019-04-19")]
    public void Resolves_weekdays_within_the_week_before_or_after_the_reference(DayOfWeek day, string shift, string tense, string expected)
    {
        Assert.Equal(expected, Resolve(DateExpression.OfWeekday(day, Enum.Parse<DateShift>(shift)), Enum.Parse<Tense>(tense)));
    }

    [Fact]
    public void Keeps_a_stated_year_whatever_the_reference_and_tense()
    {
        Assert.Equal("2017-08", Resolve(DateExpression.Calendar(2017, 8, 0), Tense.Future));
        Assert.Equal("2018", Resolve(DateExpression.Calendar(2018, 0, 0)));
        Assert.Equal("2020-02-29", Resolve(DateExpression.Calendar(2020, 2, 29)));
    }

    [Theory]
    [InlineData(-1, "2019-04-01")]
    [InlineData(0, "2019-04-08")]
    [InlineData(1, "2019-04-15")]
    public void Dates_a_relative_week_by_its_monday(int offset, string expected)
    {
        var e = DateResolver.Resolve(DateExpression.Relative(RelativeUnit.Week, offset), Reference, Tense.Past)!.Value;
        Assert.Equal((DatePrecision.Day, expected), (e.Precision, e.ToIso()));
    }

    [Fact]
    public void Gives_no_date_rather_than_failing_at_the_ends_of_the_calendar()
    {
        Assert.Null(DateResolver.Resolve(DateExpression.OfWeekday(DayOfWeek.Monday, DateShift.Last), DateOnly.MinValue, Tense.Past));
        Assert.Null(DateResolver.Resolve(DateExpression.Relative(RelativeUnit.Year, 1), DateOnly.MaxValue, Tense.Future));
        Assert.Equal("2018", DateResolver.Resolve(DateExpression.Calendar(2018, 0, 0), DateOnly.MinValue, Tense.Past)!.Value.ToIso());
    }

    [Theory]
    [InlineData(false, 4, 14, DayOfWeek.Tuesday, "2020-04-14")] // a past clause, but only 2020's 14 April is a Tuesday
    [InlineData(true, 4, 8, DayOfWeek.Monday, "2019-04-08")] // a future clause, but 8 April 2019 was that Monday
    [InlineData(false, 4, 10, DayOfWeek.Wednesday, "2019-04-10")]
    public void Resolves_a_weekday_stated_date_to_the_nearest_year_in_which_it_falls_on_that_weekday(bool future, int month, int day, DayOfWeek weekday, string expected)
    {
        var e = DateExpression.Calendar(0, month, day) with { Weekday = weekday, WeekdayStated = true };
        Assert.Equal(expected, Resolve(e, future ? Tense.Future : Tense.Past));
    }

    [Theory]
    [InlineData(DayOfWeek.Thursday, 2019, 4, 10, "2019-04-18")] // said on a Wednesday: next week's Thursday, not tomorrow
    [InlineData(DayOfWeek.Saturday, 2019, 4, 13, "2019-04-20")] // said on a Saturday: a week on
    [InlineData(DayOfWeek.Saturday, 2019, 4, 14, "2019-04-20")] // said on a Sunday: the coming week's Saturday
    public void Resolves_next_weekday_to_that_day_of_the_following_week(DayOfWeek weekday, int year, int month, int day, string expected)
    {
        Assert.Equal(expected, Resolve(DateExpression.OfWeekday(weekday, DateShift.Next), Tense.Future, new DateOnly(year, month, day)));
    }
}
