using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Tests.DateStages;

public sealed class PageChromeBulletTests
{
    [Theory]
    [InlineData("• This article was amended on 12 April 2026.")]
    [InlineData("* This article was amended on 12 April 2026.")]
    [InlineData("This article was amended on 12 April 2026.")]
    public void Reads_an_amendment_note_as_page_chrome_with_or_without_a_bullet(string text)
    {
        var scan = DateMentionFinderTests.Scan(text);
        Assert.True(DateContext.IsPageChrome(scan, Assert.Single(scan.Mentions)));
    }

    [Fact]
    public void Keeps_a_bulleted_happening_as_story()
    {
        var scan = DateMentionFinderTests.Scan("• The council voted on 12 April 2026 to close the pool.");
        Assert.False(DateContext.IsPageChrome(scan, Assert.Single(scan.Mentions)));
    }
}
