using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Text;

// Not "Tests.Dates": Articles/ArticleComparison.cs writes "Dates.PartialDate", which such a namespace would capture.
namespace NewsArchive.Extraction.Tests.DateStages;

public sealed class DateMentionFinderTests
{
    private static readonly SentenceSplitter Splitter = new();
    private static readonly DateMentionFinder Finder = new();

    internal static DateScan Scan(string text) => Finder.Find(text, Splitter.Split(text, [new TextSpan(0, text.Length)]));

    private static List<string> Found(string text)
    {
        var scan = Scan(text);
        return scan.Mentions.Select(m => text[m.Span.Start..m.Span.End]).ToList();
    }

    private static DateExpression Only(string text) => Assert.Single(Scan(text).Mentions).Expression;

    [Theory]
    [InlineData("It opened on March 12, 2019, downtown.", "March 12, 2019", 2019, 3, 12)]
    [InlineData("It opened on 12 March 2019 downtown.", "12 March 2019", 2019, 3, 12)]
    [InlineData("It opened on 2019-03-12 downtown.", "2019-03-12", 2019, 3, 12)]
    [InlineData("It opened on the 12th of March, 2019.", "12th of March, 2019", 2019, 3, 12)]
    [InlineData("It opened on Tuesday, March 12, 2019.", "Tuesday, March 12, 2019", 2019, 3, 12)]
    [InlineData("It opened on Aug. 3, 2019.", "Aug. 3, 2019", 2019, 8, 3)]
    [InlineData("The council met on March 12.", "March 12", 0, 3, 12)]
    [InlineData("The council met on 12 March.", "12 March", 0, 3, 12)]
    [InlineData("In August 2017, the council met.", "August 2017", 2017, 8, 0)]
    [InlineData("The council met in November.", "November", 0, 11, 0)]
    [InlineData("In 2018, the council met.", "2018", 2018, 0, 0)]
    [InlineData("It has grown since 1998.", "1998", 1998, 0, 0)]
    [InlineData("Prices fell in mid-2019.", "2019", 2019, 0, 0)]
    [InlineData("The agency estimated in a 2022 report that costs rose.", "2022", 2022, 0, 0)]
    [InlineData("She lost the 2016 presidential election.", "2016", 2016, 0, 0)]
    public void Finds_calendar_dates_with_the_fields_the_text_gives(string text, string surface, int year, int month, int day)
    {
        Assert.Equal([surface], Found(text));
        var e = Only(text);
        Assert.Equal((DateForm.Calendar, year, month, day), (e.Form, e.Year, e.Month, e.Day));
    }

    [Theory]
    [InlineData("ICE sent 108 requests.")]
    [InlineData("The fund paid $2019 to each family.")]
    [InlineData("About 2019 people voted.")]
    [InlineData("In recent years the city grew.")]
    [InlineData("Officials met twice in the past six months.")]
    [InlineData("The council has worked for decades.")]
    [InlineData("It happened on 31 February 2019.")]
    [InlineData("It happened on 2019-13-01.")]
    [InlineData("You may go.")]
    [InlineData("April Ryan asked a question.")]
    [InlineData("The market opens every Tuesday.")]
    [InlineData("You cannot shut the library on a Sunday.")]
    [InlineData("She said so on BBC Radio 4's Today programme.")]
    [InlineData("The mother told USA TODAY she was relieved.")]
    [InlineData("The meeting ran until 12:30.")]
    [InlineData("Over the last year, costs rose.")]
    [InlineData("The charity helped in 1500 homes.")]
    [InlineData("Growth returned in the 1990s.")]
    [InlineData("The shelf had broken up by the early 1990s.")]
    [InlineData("Lobsters have moved north since the late 1990s.")]
    [InlineData("The 2019 budget was larger.")]
    [InlineData("She said so on Fox News Sunday.")]
    [InlineData("Shoppers queued for Black Friday deals.")]
    public void Finds_no_date_in_numbers_names_and_vague_spans(string text)
    {
        Assert.Empty(Scan(text).Mentions);
    }

    [Fact]
    public void Finds_29_February_without_a_year_but_not_30_February()
    {
        Assert.Equal((2, 29), (Only("It began on February 29.").Month, Only("It began on February 29.").Day));
        Assert.Empty(Scan("It began on February 30.").Mentions);
    }

    [Theory]
    [InlineData("The vote came today.", "Day", 0)]
    [InlineData("The vote came yesterday.", "Day", -1)]
    [InlineData("The vote comes tomorrow.", "Day", 1)]
    [InlineData("The vote came last week.", "Week", -1)]
    [InlineData("The vote came last month.", "Month", -1)]
    [InlineData("The vote came last year.", "Year", -1)]
    [InlineData("Turnout is up this year.", "Year", 0)]
    [InlineData("The vote came earlier this month.", "Month", 0)]
    [InlineData("The vote comes next month.", "Month", 1)]
    [InlineData("The vote came three days ago.", "Day", -3)]
    [InlineData("The vote came 2 years ago.", "Year", -2)]
    [InlineData("The transfer window closed last night.", "Day", -1)]
    public void Finds_relative_dates_as_a_unit_and_an_offset(string text, string unit, int offset)
    {
        var e = Only(text);
        Assert.Equal((DateForm.Relative, Enum.Parse<RelativeUnit>(unit), offset), (e.Form, e.Unit, e.Offset));
    }

    [Theory]
    [InlineData("The board met on Tuesday.", DayOfWeek.Tuesday, "None", "Tuesday")]
    [InlineData("The board met last Friday.", DayOfWeek.Friday, "Last", "last Friday")]
    [InlineData("The board meets next Monday.", DayOfWeek.Monday, "Next", "next Monday")]
    public void Finds_weekdays_with_their_shift(string text, DayOfWeek day, string shift, string surface)
    {
        var e = Only(text);
        Assert.Equal((DateForm.Weekday, day, Enum.Parse<DateShift>(shift)), (e.Form, e.Weekday, e.Shift));
        Assert.Equal([surface], Found(text));
    }

    [Fact]
    public void Finds_two_bare_months_in_one_sentence()
    {
        Assert.Equal(["November", "February"], Found("They tried once in November, and again in February, without success."));
    }

    [Fact]
    public void Finds_a_month_with_a_possessive_at_the_start_of_a_sentence()
    {
        Assert.Equal(["November"], Found("November's election was close."));
    }

    [Fact]
    public void Reads_a_weekday_day_and_month_without_a_comma_as_one_date()
    {
        var e = Only("The plan was approved on Tuesday 9 December by the committee.");
        Assert.Equal((0, 12, 9, DayOfWeek.Tuesday, true), (e.Year, e.Month, e.Day, e.Weekday, e.WeekdayStated));
    }

    [Theory]
    [InlineData("They spoke on Wed., Nov. 19, about the plan.", 11, 19, DayOfWeek.Wednesday)]
    [InlineData("The panel met on Thursday (Nov. 20) in private.", 11, 20, DayOfWeek.Thursday)]
    [InlineData("The club was sold on Monday, Nov. 17, to a trust.", 11, 17, DayOfWeek.Monday)]
    public void Finds_a_date_written_with_an_abbreviated_or_bracketed_weekday(string text, int month, int day, DayOfWeek weekday)
    {
        var e = Only(text);
        Assert.True(e.WeekdayStated);
        Assert.Equal((month, day, weekday), (e.Month, e.Day, e.Weekday));
    }

    [Fact]
    public void Finds_no_weekday_in_an_abbreviation_without_a_date()
    {
        Assert.Empty(Scan("The Sun. reported it first, and the Sat. edition followed.").Mentions);
    }

    [Theory]
    [InlineData("She urged the council to restore Sunday hours at the library.")]
    [InlineData("The market opens on Saturday mornings.")]
    public void Does_not_read_a_weekday_before_a_plural_of_something_recurring_as_a_date(string text)
    {
        Assert.Empty(Scan(text).Mentions);
    }

    [Theory]
    [InlineData("They hoped to start work on site in spring 2027.")]
    [InlineData("One 2023 email from an executive said so.")]
    [InlineData("The judge cited the court's 2018 decision.")]
    public void Finds_a_year_after_a_season_or_before_a_noun_of_happening_or_document(string text)
    {
        Assert.True(Only(text).HasYear);
    }

    [Theory]
    [InlineData("Drivers will walk out on 18, 19 and 20 March.", "18, 19 and 20 March", 3, 18)]
    [InlineData("Nurses will strike on 5 and 6 June.", "5 and 6 June", 6, 5)]
    [InlineData("Staff will strike on 7, 8, 9 July.", "7, 8, 9 July", 7, 7)]
    public void Dates_a_list_of_days_of_one_month_by_its_first_day(string text, string surface, int month, int day)
    {
        Assert.Equal([surface], Found(text));
        var e = Only(text);
        Assert.Equal((0, month, day), (e.Year, e.Month, e.Day));
    }

    [Fact]
    public void Reads_no_list_of_days_from_counts_before_a_date()
    {
        Assert.Equal(["12 March"], Found("The team scored 3, then 4 goals on 12 March."));
    }
}
