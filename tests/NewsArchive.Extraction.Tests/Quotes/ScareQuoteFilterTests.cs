using NewsArchive.Extraction.Quotes;

namespace NewsArchive.Extraction.Tests.Quotes;

public class ScareQuoteFilterTests
{
    private static QuotationShape InNarrative(int words, bool sentenceCue, bool speakerFromContext) =>
        new(words, DirectCue: false, SentenceCue: sentenceCue, Standalone: false, SpeakerFromContext: speakerFromContext, TitleCase: false);

    [Fact]
    public void A_four_word_phrase_in_the_narrative_is_a_quote_when_a_cue_governs_its_sentence()
    {
        Assert.True(ScareQuoteFilter.IsQuote(InNarrative(4, sentenceCue: true, speakerFromContext: false)));
    }

    [Fact]
    public void A_four_word_phrase_in_the_narrative_is_not_a_quote_on_the_strength_of_an_earlier_speaker_alone()
    {
        Assert.False(ScareQuoteFilter.IsQuote(InNarrative(4, sentenceCue: false, speakerFromContext: true)));
    }

    [Fact]
    public void A_longer_phrase_in_the_narrative_is_a_quote_when_its_speaker_was_just_named()
    {
        Assert.True(ScareQuoteFilter.IsQuote(InNarrative(6, sentenceCue: false, speakerFromContext: true)));
    }

    [Fact]
    public void A_one_word_quotation_with_a_cue_in_its_sentence_is_a_scare_quote()
    {
        Assert.False(ScareQuoteFilter.IsQuote(InNarrative(1, sentenceCue: true, speakerFromContext: false)));
    }

    [Fact]
    public void A_two_word_label_after_what_she_called_is_not_a_quote()
    {
        var shape = new QuotationShape(2, DirectCue: true, SentenceCue: true, Standalone: false, SpeakerFromContext: false, TitleCase: false);
        Assert.False(ScareQuoteFilter.IsQuote(shape));
    }

    [Fact]
    public void A_two_word_sentence_with_its_own_cue_is_a_quote()
    {
        var shape = new QuotationShape(2, DirectCue: true, SentenceCue: true, Standalone: true, SpeakerFromContext: false, TitleCase: false);
        Assert.True(ScareQuoteFilter.IsQuote(shape));
    }

    [Fact]
    public void A_three_word_phrase_in_the_narrative_is_a_partial_quote_too_short_to_be_a_quote_even_with_a_cue()
    {
        var shape = new QuotationShape(3, DirectCue: false, SentenceCue: true, Standalone: false, SpeakerFromContext: true, TitleCase: false);
        Assert.False(ScareQuoteFilter.IsQuote(shape));
    }
}
