using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new();

    private static List<string> Split(string paragraph) =>
        Splitter.Split(paragraph, [new TextSpan(0, paragraph.Length)]).Select(s => paragraph[s.Span.Start..s.Span.End]).ToList();

    [Fact]
    public void Splits_after_a_full_stop_but_not_after_Mr()
    {
        Assert.Equal(["Mr. Smith arrived.", "He sat down."], Split("Mr. Smith arrived. He sat down."));
    }

    [Theory]
    [InlineData("Mrs. Lopez and Ms. Chen met Dr. Patel and Gen. Ward.")]
    [InlineData("Sen. Ames, Rep. Burke and Gov. Cole spoke on Jan. 5 and Feb. 9.")]
    [InlineData("The deal closed on Aug. 3 and Sept. 14 at St. Mary's.")]
    [InlineData("Acme Inc. hired Zenith Corp. staff.")]
    [InlineData("She cited Case No. 12 vs. the state, etc. and more.")]
    [InlineData("J. K. Rowling wrote it.")]
    [InlineData("Growth was 3.5 percent, up from 2.9.")]
    [InlineData("The then-U.S. Attorney General spoke.")]
    [InlineData("Visit example.com for details.")]
    public void Keeps_one_sentence_across_abbreviations_initials_and_decimals(string text)
    {
        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void Splits_after_an_abbreviation_that_ends_a_sentence_when_a_new_one_clearly_begins()
    {
        Assert.Equal(["He moved to the U.S.", "The next year he left."], Split("He moved to the U.S. The next year he left."));
        Assert.Equal(["She joined Acme Inc.", "But she quit."], Split("She joined Acme Inc. But she quit."));
    }

    [Fact]
    public void Keeps_US_before_a_capitalized_name()
    {
        var text = "Officials at U.S. Immigration and Customs Enforcement declined.";
        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void Does_not_split_after_a_quotation_closed_by_a_comma_and_its_attribution()
    {
        var text = "\u201cThis is not a time to be partisan, it is a time for compassionate leadership,\u201d Hancock said. Next.";
        Assert.Equal(2, Split(text).Count);
        Assert.EndsWith("Hancock said.", Split(text)[0]);
    }

    [Theory]
    [InlineData("He said: \"We won.\" Then he left.", "He said: \"We won.\"", "Then he left.")]
    [InlineData("He said: \u201cWe won.\u201d Then he left.", "He said: \u201cWe won.\u201d", "Then he left.")]
    [InlineData("She said: \u2018We won.\u2019 Then she left.", "She said: \u2018We won.\u2019", "Then she left.")]
    [InlineData("It ended (finally.) Then rain.", "It ended (finally.)", "Then rain.")]
    public void Splits_after_the_closing_mark_of_a_quotation_that_ends_a_sentence(string text, string first, string second)
    {
        Assert.Equal([first, second], Split(text));
    }

    [Fact]
    public void Does_not_split_after_a_question_mark_followed_by_a_lower_case_attribution()
    {
        var text = "\"Why now?\" she asked. \"Because!\" he said.";
        Assert.Equal(["\"Why now?\" she asked.", "\"Because!\" he said."], Split(text));
    }

    [Theory]
    [InlineData("\u201cIs this fair?\u201d Johnson asked. Nobody answered.", "\u201cIs this fair?\u201d Johnson asked.")]
    [InlineData("\"Enough!\" Mayor Ann Cole said. Then she left.", "\"Enough!\" Mayor Ann Cole said.")]
    public void Keeps_a_quoted_question_with_the_capitalized_attribution_after_it(string text, string first)
    {
        Assert.Equal(first, Split(text)[0]);
        Assert.Equal(2, Split(text).Count);
    }

    [Fact]
    public void Splits_after_a_quoted_question_when_no_attribution_follows()
    {
        Assert.Equal(2, Split("He asked: \"Why now?\" The board had no answer.").Count);
    }

    [Fact]
    public void Splits_before_a_sentence_that_opens_with_a_quotation_mark()
    {
        Assert.Equal(["He paused.", "\"Enough,\" he said."], Split("He paused. \"Enough,\" he said."));
    }

    [Fact]
    public void Splits_before_a_sentence_that_starts_with_a_number()
    {
        Assert.Equal(["Costs rose.", "108 requests came in."], Split("Costs rose. 108 requests came in."));
    }

    [Fact]
    public void Gives_offsets_into_the_body_and_the_paragraph_index()
    {
        var body = "First one. Second one.\n\nThird one.";
        var sentences = Splitter.Split(body, [new TextSpan(0, 22), new TextSpan(24, 34)]);
        Assert.Equal(
            [new Sentence(new TextSpan(0, 10), 0), new Sentence(new TextSpan(11, 22), 0), new Sentence(new TextSpan(24, 34), 1)],
            sentences);
    }

    [Fact]
    public void Ends_a_sentence_at_the_end_of_a_paragraph_without_a_full_stop()
    {
        Assert.Equal(["A headline-like line"], Split("A headline-like line"));
    }
}
