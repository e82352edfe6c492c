using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Attribution clause shapes from UK and US news copy; every sentence here is invented.</summary>
public class SpeakerAttributorClauseShapeTests
{
    private static readonly EntitySet Newsroom = KnownEntities(
        Person("Dominic Ferrars", ["Ferrars"], ["manager"]),
        Person("Jonty Mabb", ["Mabb"], ["striker"]),
        Person("Gwenllian Tasker", ["Tasker"], ["spokesperson"]),
        Person("Corin Abernethy", ["Abernethy"], ["spokesman"]),
        Person("Nadia Ostrova", ["Ostrova"], ["home secretary"]),
        Person("Bryony Kell", ["Kell"], ["analyst"]),
        Person("Pavel Daintree", ["Daintree"], ["captain"]),
        Organization("Harbourside Radio Podcast", "Podcast"),
        Organization("Wessex Chronicle", "The Wessex Chronicle"),
        Organization("Liberal Democrats", "The Liberal Democrats"),
        Organization("Ridgeway Republican Party", "The Ridgeway Republican Party"),
        Organization("Channel Sports News"));

    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(params string[] paragraphs) =>
        AttributedQuotes(Newsroom, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void A_participle_phrase_between_subject_and_verb_does_not_take_the_speakers_place()
    {
        var quotes = Quotes("Former captain Pavel Daintree, speaking on the Harbourside Radio Podcast, said the striker was \"the best finisher we have had in years\".");
        Assert.Equal([("the best finisher we have had in years", "Pavel Daintree")], quotes);
    }

    [Fact]
    public void A_lowercase_title_before_a_name_opens_a_long_attribution_after_the_quotation()
    {
        var quotes = Quotes(
            "The Ridgeway Republican Party blamed the weather.",
            "\"Winter races are a different game,\" party spokesman Corin Abernethy said in an email to reporters on Wednesday.");
        Assert.Equal([("Winter races are a different game,", "Corin Abernethy")], quotes);
    }

    [Fact]
    public void A_colon_after_telling_someone_does_not_hand_the_quotation_to_the_listener()
    {
        var quotes = Quotes("One senior official played down the figures, telling The Wessex Chronicle: \"Nobody should expect miracles by the summer.\"");
        Assert.Equal([("Nobody should expect miracles by the summer.", (string?)null)], quotes);
    }

    [Fact]
    public void A_colon_still_hands_a_cueless_clause_its_subject()
    {
        var quotes = Quotes("Ferrars was blunt: \"We lost because we deserved to lose.\"");
        Assert.Equal([("We lost because we deserved to lose.", "Dominic Ferrars")], quotes);
    }

    [Fact]
    public void A_quotation_after_he_smiled_is_the_answer_of_the_person_he_stands_for()
    {
        var quotes = Quotes(
            "\"We need one more signing,\" Ferrars said on Friday.",
            "Asked whether he had called Mabb, he smiled. \"I call a lot of people.\"");
        Assert.Equal([("We need one more signing,", "Dominic Ferrars"), ("I call a lot of people.", "Dominic Ferrars")], quotes);
    }

    [Fact]
    public void A_quotation_after_a_pronoun_sentence_that_is_no_reaction_stays_unattributed()
    {
        var quotes = Quotes(
            "\"We need one more signing,\" Ferrars said on Friday.",
            "He was sacked by his previous club in 2023. \"It was a shock to everybody in the building.\"");
        Assert.Equal((string?)null, quotes[1].Speaker);
    }

    [Fact]
    public void She_said_after_a_spokesperson_named_in_apposition_is_that_spokesperson()
    {
        var quotes = Quotes(
            "The home secretary, Nadia Ostrova, defended the deal on Monday.",
            "The Liberal Democrats' transport spokesperson, Gwenllian Tasker, said the figures should be published. \"If it works, there is nothing to hide,\" she said.");
        Assert.Equal([("If it works, there is nothing to hide,", "Gwenllian Tasker")], quotes);
    }

    [Fact]
    public void A_label_paragraph_ending_in_a_colon_hands_the_quoted_paragraphs_after_it_to_the_person_it_names()
    {
        var quotes = Quotes(
            "Analysis: why the deal makes sense",
            "Channel Sports News' Bryony Kell:",
            "\"They have wanted a second striker since August, and he fits the way they press from the front.\"",
            "\"The fee looks high, but he is young and there is resale value in the deal.\"");
        Assert.Equal(
            [("They have wanted a second striker since August, and he fits the way they press from the front.", "Bryony Kell"),
             ("The fee looks high, but he is young and there is resale value in the deal.", "Bryony Kell")],
            quotes);
    }

    [Fact]
    public void A_one_word_quotation_followed_by_a_though_clause_is_a_scare_quote()
    {
        var quotes = Quotes("Ferrars added that the next month looked \"difficult\", though he said the squad was in good health.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_statement_from_the_family_of_a_named_person_is_not_that_persons_words()
    {
        var family = KnownEntities(Person("Rhoda Penketh", ["Rhoda"]), Person("Carys Penketh"), Organization("Mercia Police"));
        var quotes = AttributedQuotes(family,
            "A woman who died in a fire in Leominster has been named as Rhoda Penketh, 41.",
            "In a statement released through Mercia Police, the family of Ms Penketh said: \"Rhoda was the heart of this family.\"",
            "Her cousin, Carys Penketh, said: \"She never stopped laughing.\"");
        Assert.Equal([(string?)null, "Carys Penketh"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quoted_paragraph_after_a_sentence_reporting_a_second_speaker_is_that_speakers()
    {
        var quotes = Quotes(
            "\"The bypass will take lorries out of the town for good,\" Ferrars said. Daintree, however, said the scheme was unaffordable.",
            "\"It will cost every household for a generation.\"");
        Assert.Equal(["Dominic Ferrars", "Pavel Daintree"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quoted_paragraph_stays_with_the_quoted_speaker_when_the_later_sentence_only_mentions_speech_in_a_subordinate_clause()
    {
        var quotes = Quotes(
            "\"We will win the vote,\" Ferrars said. After Daintree said he would abstain, the motion passed.",
            "\"It was a good night for the town.\"");
        Assert.Equal(["Dominic Ferrars", "Dominic Ferrars"], quotes.Select(q => q.Speaker));
    }
}
