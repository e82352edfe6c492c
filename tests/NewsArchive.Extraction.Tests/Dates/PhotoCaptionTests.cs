using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Events;

namespace NewsArchive.Extraction.Tests.Dates;

/// <summary>A paragraph that ends with a photographer's credit is a caption; the day it gives is the picture's, not a happening.</summary>
public sealed class PhotoCaptionTests
{
    private static List<string> Dates(string body) => EventDates.Of(body, "2019-04-12");

    [Theory]
    [InlineData("Volunteers stacked sandbags on Mill Lane on Thursday morning. (Jane Roe/The Courier)")]
    [InlineData("A nurse prepared a dose of vaccine at a clinic in Ashby on Thursday. JANE ROE/GAZETTE STAFF")]
    [InlineData("Parents packed the hall on Thursday night. Photo: Jane Roe for The Post")]
    [InlineData("Residents wade through floodwater on Thursday. JOHN DOE | Times")]
    public void Recognises_a_paragraph_ending_in_a_photo_credit(string paragraph)
    {
        Assert.True(PhotoCaption.Is(paragraph, new TextSpan(0, paragraph.Length)));
    }

    [Theory]
    [InlineData("The council voted 6-2 on Thursday to raise the fee.")]
    [InlineData("Winds reached 60 mph on Thursday (about 97 km/h).")]
    [InlineData("The bill passed on Thursday. It now goes to the Senate.")]
    public void Leaves_an_ordinary_paragraph_alone(string paragraph)
    {
        Assert.False(PhotoCaption.Is(paragraph, new TextSpan(0, paragraph.Length)));
    }

    [Fact]
    public void Makes_no_event_of_the_day_a_caption_gives_but_keeps_the_storys()
    {
        var body = "Volunteers stacked sandbags on Mill Lane on Wednesday morning. (Jane Roe/The Courier)\n\n"
            + "The river burst its banks on Thursday.";
        Assert.Equal(["2019-04-11"], Dates(body));
    }

    [Fact]
    public void Keeps_a_month_a_caption_gives()
    {
        var body = "Storm Ada flooded these homes in October 2018. JOHN DOE | Times";
        Assert.Equal(["2018-10"], Dates(body));
    }
}
