using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>
/// Quotation marks that news puts around words nobody is quoted as saying — short partial quotes, titles of works,
/// words on signs, quotations nested in another — next to the quotes they must not disturb; every sentence is invented.
/// </summary>
public class QuotePrecisionShapeTests
{
    private static readonly EntitySet Entities = KnownEntities(
        Person("Nadia Ferris", ["Ferris"]), Person("Owen Blake", ["Blake"]), Organization("Lowmoor Council"));

    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(params string[] paragraphs) =>
        AttributedQuotes(Entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Partial_quotes_of_one_to_three_words_inside_a_sentence_are_not_quotes()
    {
        var quotes = Quotes(
            "Nadia Ferris said the budget was \"fair\" and the process \"deeply flawed\" but would \"move things forward.\"",
            "Blake called the vote \"a total disgrace\" and said officers had been \"working flat out.\"");
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_partial_quote_of_four_words_or_more_after_a_cue_is_a_quote()
    {
        var quotes = Quotes("Nadia Ferris said the closure would \"hit the poorest families hardest\" this winter.");
        Assert.Equal([("hit the poorest families hardest", "Nadia Ferris")], quotes);
    }

    [Fact]
    public void A_title_in_sentence_case_after_the_noun_for_its_work_is_not_a_quote()
    {
        var quotes = Quotes(
            "\"I wrote it for my mother,\" Nadia Ferris said.",
            "Her first collection, \"Things we carried across the water,\" sold 30,000 copies, and the film of her novel \"A house with no doors\" opens in May.");
        Assert.Equal([("I wrote it for my mother,", "Nadia Ferris")], quotes);
    }

    [Fact]
    public void A_title_after_titled_is_not_a_quote()
    {
        var quotes = Quotes(
            "Lowmoor Council said it had accepted every recommendation.",
            "The review, titled \"Lessons from a long winter of closures,\" was published on Monday.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_lowercase_quotation_after_the_noun_for_a_work_is_what_was_said_about_it()
    {
        var quotes = Quotes("Owen Blake said the programme \"has been a lifeline for hundreds of families\" since it opened.");
        Assert.Equal([("has been a lifeline for hundreds of families", "Owen Blake")], quotes);
    }

    [Fact]
    public void Words_on_a_sign_or_placard_are_not_a_quote()
    {
        var quotes = Quotes(
            "Owen Blake said residents would keep protesting.",
            "A sign on the library door read: \"Closed until further notice by order of the council.\" Protesters held placards reading \"Hands off our libraries, Lowmoor.\"");
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_quotation_nested_in_the_same_marks_is_part_of_the_speaker_s_quote_not_a_quote_of_its_own()
    {
        var quotes = Quotes("\"The inspector told me \"you should never have opened this shop\" and walked out,\" said Nadia Ferris.");
        Assert.Equal([("The inspector told me \"you should never have opened this shop\" and walked out,", "Nadia Ferris")], quotes);
    }

    [Fact]
    public void A_quotation_nested_in_single_marks_stays_inside_the_quote()
    {
        var quotes = Quotes("“My son asked me, ‘Where will we sleep tonight?’ and I had no answer,” Ferris said.");
        Assert.Equal([("My son asked me, ‘Where will we sleep tonight?’ and I had no answer,", "Nadia Ferris")], quotes);
    }

    [Fact]
    public void A_pull_quote_repeating_words_the_story_quotes_is_not_a_second_quote()
    {
        var quotes = Quotes(
            "\"Nobody from the council ever asked us what we thought,\" Nadia Ferris said.",
            "\"Nobody from the council ever asked us what we thought.\"",
            "Owen Blake said the consultation had been open for six weeks.");
        Assert.Equal([("Nobody from the council ever asked us what we thought,", "Nadia Ferris")], quotes);
    }

    [Fact]
    public void A_paragraph_quoting_new_words_after_the_speaker_is_still_a_quote()
    {
        var quotes = Quotes(
            "\"Nobody from the council ever asked us,\" Nadia Ferris said.",
            "\"Nobody listens to the people who live here and that has to change.\"");
        Assert.Equal(
            [("Nobody from the council ever asked us,", "Nadia Ferris"), ("Nobody listens to the people who live here and that has to change.", "Nadia Ferris")],
            quotes);
    }

    [Fact]
    public void A_quoted_compound_modifier_before_its_noun_is_not_a_quote()
    {
        var quotes = Quotes(
            "Nadia Ferris said the \"buy now, pay later\" deals were hurting families and the council's \"first come, first served\" grants would end.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_partial_quote_followed_by_a_conjunction_or_a_word_of_time_is_still_a_quote()
    {
        var quotes = Quotes(
            "Nadia Ferris said the \"council has failed its residents\" and must apologise.",
            "Owen Blake called the merger a \"complete waste of everyone's time\" today.");
        Assert.Equal([("council has failed its residents", "Nadia Ferris"), ("complete waste of everyone's time", "Owen Blake")], quotes);
    }

    [Fact]
    public void A_phrase_quoted_after_the_word_for_a_phrase_is_mentioned_not_said()
    {
        var quotes = Quotes(
            "Nadia Ferris said the term \"cost of living crisis\" did not capture the problem.",
            "Owen Blake said the campaign's slogan, \"Stop the evictions now,\" had been painted on every bridge in town.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Words_in_the_first_person_before_a_noun_are_still_somebody_s_speech()
    {
        var quotes = Quotes("Nadia Ferris said her \"we will not close a single library\" pledge still stood.");
        Assert.Equal([("we will not close a single library", "Nadia Ferris")], quotes);
    }

    [Fact]
    public void A_name_given_after_a_noun_and_a_verb_of_naming_is_not_a_quote()
    {
        var quotes = Quotes(
            "Nadia Ferris has curated a new exhibition called \"Women who built the harbour town\" and said a campaign named \"Save our local libraries\" had 5,000 signatures.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_name_given_in_a_naming_participle_set_off_by_a_comma_is_not_a_quote()
    {
        var quotes = Quotes(
            "Owen Blake said the petition, called \"Bring back the number 12 bus for good\", had been handed in at the town hall.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_lowercase_label_after_a_comma_and_called_is_still_a_partial_quote()
    {
        var quotes = Quotes("Owen Blake said the scheme, called \"a waste of everyone's money\" by opponents, would go ahead.");
        Assert.Equal("a waste of everyone's money", Assert.Single(quotes).Text);
    }

    [Fact]
    public void Words_a_speaker_called_something_are_still_a_partial_quote()
    {
        var quotes = Quotes("Owen Blake said what critics called \"The worst decision in a generation\" was approved anyway.");
        Assert.Equal("The worst decision in a generation", Assert.Single(quotes).Text);
    }
}
