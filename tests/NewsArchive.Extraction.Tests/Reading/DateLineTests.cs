using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Tests.Reading;

public sealed class DateLineTests
{
    [Theory]
    [InlineData("Updated April 9, 2026 at 6:05 AM ET", 2026, 4, 9)]
    [InlineData("Updated 11:42 PM EST, December 9, 2025", 2025, 12, 9)]
    [InlineData("03/14/2026 06:12 PM EDT", 2026, 3, 14)]
    [InlineData("Last updated on 3 March 2026", 2026, 3, 3)]
    [InlineData("Published 10:15 GMT, Tuesday, 14 July 2026", 2026, 7, 14)]
    [InlineData("Sept. 7, 2025 | 4:30 p.m.", 2025, 9, 7)]
    [InlineData("MARCH 3, 2026", 2026, 3, 3)]
    [InlineData("14/03/2026 18:12 GMT", 2026, 3, 14)]
    [InlineData("March 24, 2026 4:12 PM EDT Updated 2 hours ago", 2026, 3, 24)]
    public void Read_takes_the_day_from_stamps_with_times_zones_and_update_words(string line, int year, int month, int day)
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(year, month, day)), DateLine.Parse(line));
    }

    [Theory]
    [InlineData("Last updated on 3 March 20263 March 2026")]
    [InlineData("3 March 2026 3 March 2026")]
    [InlineData("March 3, 2026March 3, 2026")]
    public void Read_takes_the_first_copy_when_a_scraped_page_prints_the_date_twice(string line)
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 3, 3)), DateLine.Parse(line));
    }

    [Theory]
    [InlineData("The council met on March 3, 2026 to vote.")]
    [InlineData("Storm due on Thursday")]
    [InlineData("Updated 4:30 PM ET")]
    [InlineData("Page 2 of 3")]
    public void Read_rejects_prose_and_stamps_without_a_full_date(string line)
    {
        Assert.Null(DateLine.Read(line));
    }

    [Fact]
    public void Read_marks_an_update_stamp_but_not_a_published_and_updated_one()
    {
        Assert.True(DateLine.Read("Updated: 03/15/2026 08:40 AM EDT")!.Value.IsUpdate);
        Assert.False(DateLine.Read("Published 3 March 2026, updated 4 March 2026")!.Value.IsUpdate);
    }

    [Fact]
    public void Read_takes_an_iso_timestamp()
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 3, 14)), DateLine.Parse("Published: 2026-03-14T18:30:00Z"));
    }

    [Theory]
    [InlineData("Monday 13 April 2026 15:02, UK")]
    [InlineData("Mon 13 Apr 2026 15.02 BST")]
    [InlineData("Published: 15:02 BST, 13 April 2026 | Updated: 16:10 BST, 14 April 2026")]
    [InlineData("Apr 13, 2026, 3:02 p.m. ET")]
    [InlineData("13/04/2026")]
    [InlineData("Posted: Mon 13 April 2026")]
    [InlineData("2026-04-13 15:02")]
    [InlineData("13 April 2026 • 3 min read")]
    public void Read_takes_the_stamp_styles_news_sites_print(string line)
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 4, 13)), DateLine.Parse(line));
    }

    [Theory]
    [InlineData("March 24, 2026 4:12 PM EDT Updated 2 hours ago")]
    [InlineData("March 24, 2026 4:12 PM EDT · Updated 1 hr ago")]
    [InlineData("Originally published March 24, 2026 at 5:00 a.m.")]
    public void Read_takes_a_date_written_before_the_update_word_as_the_first_publication(string line)
    {
        Assert.Equal(new DateLineReading(PartialDate.OfDay(new DateOnly(2026, 3, 24)), IsUpdate: false), DateLine.Read(line));
    }

    [Theory]
    [InlineData("Tuesday 3rd March 2026")]
    [InlineData("Updated: 3rd March 2026, 10:15 GMT")]
    [InlineData("March 3rd, 2026")]
    [InlineData("Last Updated: Mar 3, 2026 @ 7:45 am")]
    public void Read_takes_a_day_written_as_an_ordinal_or_with_an_at_sign_before_the_time(string line)
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 3, 3)), DateLine.Parse(line));
    }

    [Fact]
    public void Read_still_marks_an_update_stamp_whose_update_word_comes_first()
    {
        Assert.True(DateLine.Read("Updated 3:42 PM EST, Tue March 3, 2026")!.Value.IsUpdate);
    }

    [Fact]
    public void ReadSegment_splits_a_stamp_from_the_byline_after_it()
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 3, 3)), DateLine.ReadSegment("Posted on March 3, 2026 by Jane Doe", out var rest)?.Date);
        Assert.Equal("By Jane Doe", rest);
    }

    [Fact]
    public void ReadSegment_leaves_a_sentence_with_by_and_a_date_alone()
    {
        Assert.Null(DateLine.ReadSegment("The plan was approved on March 3, 2026 by the council", out var rest));
        Assert.Equal("The plan was approved on March 3, 2026 by the council", rest);
    }
}
