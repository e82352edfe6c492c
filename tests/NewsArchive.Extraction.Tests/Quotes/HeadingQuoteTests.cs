using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

public class HeadingQuoteTests
{
    private static readonly EntitySet People = KnownEntities(Person("Marta Lindqvist", ["Lindqvist"]));

    private static IReadOnlyList<string> Texts(params string[] paragraphs) =>
        AttributedQuotes(People, paragraphs).Select(q => q.Text).ToList();

    [Fact]
    public void A_quoted_crosshead_is_not_a_quote()
    {
        var texts = Texts(
            "\"We will keep every branch open until the spring,\" Lindqvist said.",
            "'Nobody saw it coming'",
            "The closures were announced on Monday.");
        Assert.Equal(["We will keep every branch open until the spring,"], texts);
    }

    [Fact]
    public void A_related_story_link_quoting_a_headline_is_not_a_quote()
    {
        var texts = Texts(
            "The bank said it would review the decision.",
            "Related:",
            "Marta Lindqvist interview: 'I took this job to fix things, not to be popular'");
        Assert.Empty(texts);
    }

    [Fact]
    public void A_standalone_quotation_paragraph_that_ends_its_sentence_is_still_a_quote()
    {
        var texts = Texts(
            "Lindqvist said the branches would stay open.",
            "\"Nobody in this town will lose their bank.\"");
        Assert.Equal(["Nobody in this town will lose their bank."], texts);
    }

    [Fact]
    public void A_quoted_phrase_inside_a_story_sentence_is_kept()
    {
        var texts = Texts("Lindqvist said the plan was \"the only way to keep the doors open\" and promised a vote.");
        Assert.Equal(["the only way to keep the doors open"], texts);
    }

    [Fact]
    public void A_video_teaser_whose_quotation_breaks_off_at_a_comma_is_not_a_quote()
    {
        var texts = Texts(
            "Video: \"The water came up to the windows,\" says a Riverside shop owner",
            "\"We will keep every branch open until the spring,\" Lindqvist said.");
        Assert.Equal(["We will keep every branch open until the spring,"], texts);
    }

    [Fact]
    public void A_related_story_line_with_a_quotation_and_its_speaker_but_no_full_stop_is_not_a_quote()
    {
        var texts = Texts(
            "The bank said it would review the decision.",
            "'I was told my savings were safe,' says pensioner who lost thousands");
        Assert.Empty(texts);
    }

    [Fact]
    public void A_story_paragraph_whose_attribution_ends_with_a_full_stop_is_a_quote()
    {
        var texts = Texts("\"Nobody in this town will lose their bank,\" says Lindqvist.");
        Assert.Equal(["Nobody in this town will lose their bank,"], texts);
    }

    [Fact]
    public void A_list_line_quoting_what_someone_said_without_a_full_stop_is_still_a_quote()
    {
        var texts = Texts(
            "What they said:",
            "\"We will keep every branch open until the spring,\" said Marta Lindqvist");
        Assert.Equal(["We will keep every branch open until the spring,"], texts);
    }
}
