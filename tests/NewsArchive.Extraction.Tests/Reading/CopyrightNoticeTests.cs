using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Tests.Reading;

public sealed class CopyrightNoticeTests
{
    [Theory]
    [InlineData("Copyright 2026 The Associated Press. All rights reserved.", 2026)]
    [InlineData("© 2026 Sky UK", 2026)]
    [InlineData("©2026 Bloomberg L.P. All Rights Reserved", 2026)]
    [InlineData("Copyright The Financial Times Limited 2026. All rights reserved.", 2026)]
    [InlineData("© Guardian News & Media 2006–2025", 2025)]
    [InlineData("(c) 2019 Example Media", 2019)]
    public void Finds_the_year_of_a_notice(string text, int year) => Assert.Equal(year, CopyrightNotice.FindYear(text));

    [Theory]
    [InlineData("The copyright claims were filed in 2019.")]
    [InlineData("Photograph © Bloomberg. Sales rose in 2019.")]
    [InlineData("The firm was founded in 2019.")]
    [InlineData("Copyright\n2019 was a good year.")]
    public void Finds_no_year_outside_a_notice(string text) => Assert.Null(CopyrightNotice.FindYear(text));

    [Fact]
    public void Takes_the_latest_of_several_notices()
    {
        Assert.Equal(2026, CopyrightNotice.FindYear("Photo © 2024 Jane Roe\n\nStory text.\n\nCopyright 2026 Example News"));
    }
}
